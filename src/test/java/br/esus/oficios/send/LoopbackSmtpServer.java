package br.esus.oficios.send;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small SMTP server on 127.0.0.1 that misbehaves on purpose after the message, as real ones do: it speaks just
 * enough ESMTP (220, EHLO 250, MAIL/RCPT 250, DATA 354, the message up to {@code <CRLF>.<CRLF>}) and then, by
 * {@link #afterMessage}, answers 250 at once, answers 250 only after a delay (a slow antivirus scan), hangs up without
 * answering, or refuses. It can also answer {@code DATA} itself with a 4xx. It counts the messages it received whole
 * and keeps their Message-IDs. One thread per connection, so a late answer does not hold the next client. With
 * {@link #startTls}, it also offers STARTTLS (RFC 3207) with the given server certificate, as a municipal mail server
 * with a certificate from an internal authority does.
 */
public final class LoopbackSmtpServer implements AutoCloseable {
    /** What the server does once it has the whole message. */
    public sealed interface After permits Ok, Late, HangUp, Reply {
    }

    /** 250 at once. */
    public record Ok() implements After {
    }

    /** 250 after {@code delay}. */
    public record Late(Duration delay) implements After {
    }

    /** Closes the connection without an answer. */
    public record HangUp() implements After {
    }

    /** Answers {@code line} (e.g. "554 5.7.1 virus"; SMTP replies are ASCII). */
    public record Reply(String line) implements After {
    }

    private final ServerSocket socket;
    private final Thread acceptor;
    private final List<Socket> clients = Collections.synchronizedList(new ArrayList<>());
    private final List<String> messageIds = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger dataRefusals = new AtomicInteger();
    private volatile After afterMessage = new Ok();
    private volatile SSLContext startTls;
    private final AtomicInteger tlsHandshakes = new AtomicInteger();
    private final AtomicInteger tlsMessages = new AtomicInteger();

    public LoopbackSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "loopback-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** What to do after the next messages. */
    public LoopbackSmtpServer afterMessage(After a) {
        this.afterMessage = a;
        return this;
    }

    /** The next {@code n} DATA commands get "451 4.3.0 tente mais tarde" instead of 354. */
    public LoopbackSmtpServer refuseData(int n) {
        dataRefusals.set(n);
        return this;
    }

    /** Messages received whole (up to the final dot), answered or not. */
    public int messages() {
        return messageIds.size();
    }

    /** Their Message-ID headers, in order. */
    public List<String> messageIds() {
        synchronized (messageIds) {
            return List.copyOf(messageIds);
        }
    }

    public int connections() {
        return connections.get();
    }

    /** Offers STARTTLS after EHLO, with the key and certificate of {@code server}. */
    public LoopbackSmtpServer startTls(SSLContext server) {
        this.startTls = server;
        return this;
    }

    /** TLS handshakes that completed (the client trusted the certificate). */
    public int tlsHandshakes() {
        return tlsHandshakes.get();
    }

    /** Messages received whole over TLS. */
    public int tlsMessages() {
        return tlsMessages.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                clients.add(s);
                connections.incrementAndGet();
                Thread t = new Thread(() -> talk(s), "loopback-smtp-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void talk(Socket s) {
        try (s) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = s.getOutputStream();
            say(out, "220 loopback ESMTP");
            String line;
            boolean tls = false;
            while ((line = in.readLine()) != null) {
                String cmd = line.toUpperCase(Locale.ROOT);
                SSLContext offer = tls ? null : startTls;
                if (cmd.startsWith("EHLO") && offer != null) {
                    say(out, "250-loopback\r\n250 STARTTLS");
                } else if (cmd.startsWith("STARTTLS") && offer != null) {
                    say(out, "220 2.0.0 Ready to start TLS");
                    SSLSocket secure = (SSLSocket) offer.getSocketFactory().createSocket(s,
                            s.getInetAddress().getHostAddress(), s.getPort(), true);
                    secure.setUseClientMode(false);
                    secure.startHandshake(); // an IOException here (certificate refused) ends the connection
                    tlsHandshakes.incrementAndGet();
                    tls = true;
                    in = new BufferedReader(new InputStreamReader(secure.getInputStream(), StandardCharsets.ISO_8859_1));
                    out = secure.getOutputStream();
                } else if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
                    say(out, "250 loopback");
                } else if (cmd.startsWith("MAIL") || cmd.startsWith("RCPT") || cmd.startsWith("RSET")
                        || cmd.startsWith("NOOP")) {
                    say(out, "250 2.0.0 ok");
                } else if (cmd.startsWith("QUIT")) {
                    say(out, "221 2.0.0 tchau");
                    return;
                } else if (cmd.startsWith("DATA")) {
                    if (dataRefusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        say(out, "451 4.3.0 tente mais tarde");
                        continue;
                    }
                    say(out, "354 termine com <CRLF>.<CRLF>");
                    String id = null;
                    boolean headers = true;
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        if (headers && line.isEmpty()) {
                            headers = false;
                        } else if (headers && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                            id = line.substring(11).strip();
                        }
                    }
                    if (line == null) {
                        return; // the client went away in the middle: not a whole message
                    }
                    messageIds.add(id);
                    if (tls) {
                        tlsMessages.incrementAndGet();
                    }
                    After a = afterMessage;
                    if (a instanceof HangUp) {
                        return;
                    }
                    if (a instanceof Late late) {
                        Thread.sleep(late.delay().toMillis());
                    }
                    say(out, a instanceof Reply r ? r.line() : "250 2.0.0 aceita");
                } else {
                    say(out, "502 5.5.1 não sei");
                }
            }
        } catch (IOException e) {
            // The client hung up (a time-out on its side): that is the point of some tests.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (clients) {
            for (Socket c : clients) {
                c.close();
            }
        }
    }
}
