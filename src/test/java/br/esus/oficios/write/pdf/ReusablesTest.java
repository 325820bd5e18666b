package br.esus.oficios.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReusablesTest {

    @Test
    void whatOneThreadPoolBuiltServesTheNextPool() throws Exception {
        AtomicInteger built = new AtomicInteger();
        Reusables<Object> states = new Reusables<>(() -> {
            built.incrementAndGet();
            return new Object();
        });
        Object first = null;
        // As BatchGenerator.generate() for enviar: a new pool of threads for every file.
        for (int file = 0; file < 5; file++) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Object used = pool.submit(() -> {
                    Object s = states.borrow();
                    states.giveBack(s);
                    return s;
                }).get();
                if (first == null) {
                    first = used;
                }
                assertSame(first, used, "arquivo " + file + ": as fontes analisadas antes, não de novo");
            } finally {
                pool.shutdown();
            }
        }
        assertEquals(1, built.get(), "analisadas uma vez para o lote inteiro");
    }

    @Test
    void twoWritersAtTheSameTimeNeverShareOne() {
        AtomicInteger built = new AtomicInteger();
        Reusables<Object> states = new Reusables<>(() -> {
            built.incrementAndGet();
            return new Object();
        });
        Object a = states.borrow();
        Object b = states.borrow();
        assertNotSame(a, b, "cada documento em andamento com as suas");
        states.giveBack(a);
        states.giveBack(b);
        states.borrow();
        states.borrow();
        assertEquals(2, built.get(), "nunca mais que os documentos escritos ao mesmo tempo");
    }
}
