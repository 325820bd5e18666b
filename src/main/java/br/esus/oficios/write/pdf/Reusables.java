package br.esus.oficios.write.pdf;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/**
 * Objects costly to build (parsed fonts, an XML parser) that only one thread may use at a time, shared by every
 * thread that calls the writer: a thread borrows a free one, or a new one when all are in use, and gives it back
 * when done. Unlike a {@code ThreadLocal}, what was built outlives the threads that built it: a caller that makes a
 * new thread pool for every file ({@code enviar}) gets the fonts parsed for the previous file. There are never more
 * objects than threads that ever wrote at the same time. Thread-safe.
 */
final class Reusables<T> {
    private final Supplier<T> factory;
    private final ConcurrentLinkedDeque<T> free = new ConcurrentLinkedDeque<>();

    Reusables(Supplier<T> factory) {
        this.factory = factory;
    }

    /** A free object, or a new one; give it back with {@link #giveBack(Object)} when done. */
    T borrow() {
        T t = free.pollFirst();
        return t != null ? t : factory.get();
    }

    /** Makes {@code t} free for the next borrower (of any thread). */
    void giveBack(T t) {
        free.addFirst(t);
    }
}
