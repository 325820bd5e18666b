package br.esus.oficios.probe;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A DNS server for tests, on UDP at 127.0.0.1 and a free port. For each name of the map it answers the A records
 * listed (an entry that is not an IPv4 address is a CNAME to that name, answered with the target's records as a
 * recursive resolver does); a name mapped to an empty list exists without A records; any other name is NXDOMAIN.
 * {@link #silent()} never answers (a server that times out), {@link #failing(int)} answers every query with an error
 * code (SERVFAIL, REFUSED). Records the names asked.
 *
 * <pre>
 * try (LoopbackDns dns = LoopbackDns.start(Map.of("esus.x.se.gov.br", List.of("200.10.20.30")))) {
 *     ... settings with Optional.of(dns.address()) ...
 * }
 * </pre>
 */
public final class LoopbackDns implements AutoCloseable {
    private final DatagramSocket socket;
    private final Map<String, List<String>> records;
    private final int rcode;
    private final boolean silent;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final Thread thread;

    private LoopbackDns(Map<String, List<String>> records, int rcode, boolean silent) throws SocketException {
        this.records = Map.copyOf(records);
        this.rcode = rcode;
        this.silent = silent;
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.thread = new Thread(this::serve, "loopback-dns-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    /** Answers the names of {@code records} (keys without the final dot). */
    public static LoopbackDns start(Map<String, List<String>> records) throws SocketException {
        return new LoopbackDns(records, Rcode.NOERROR, false);
    }

    /** Receives the queries and never answers. */
    public static LoopbackDns silent() throws SocketException {
        return new LoopbackDns(Map.of(), Rcode.NOERROR, true);
    }

    /** Answers every query with {@code rcode}, e.g. {@link Rcode#SERVFAIL}. */
    public static LoopbackDns failing(int rcode) throws SocketException {
        return new LoopbackDns(Map.of(), rcode, false);
    }

    /** Where to send the queries: 127.0.0.1 and the port. */
    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    /** The names asked, in order ("esus.x.se.gov.br", without the final dot). */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    private void serve() {
        byte[] buf = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(in);
                Message query = new Message(java.util.Arrays.copyOf(in.getData(), in.getLength()));
                Record question = query.getQuestion();
                asked.add(question.getName().toString(true));
                if (silent) {
                    continue;
                }
                byte[] out = answer(query, question).toWire(512);
                socket.send(new DatagramPacket(out, out.length, in.getSocketAddress()));
            } catch (IOException e) {
                // closed, or a packet that is not DNS: go on until closed
            }
        }
    }

    private Message answer(Message query, Record question) throws IOException {
        Message reply = new Message(query.getHeader().getID());
        reply.getHeader().setFlag(Flags.QR);
        reply.getHeader().setFlag(Flags.RA);
        if (query.getHeader().getFlag(Flags.RD)) {
            reply.getHeader().setFlag(Flags.RD);
        }
        reply.addRecord(question, Section.QUESTION);
        if (rcode != Rcode.NOERROR) {
            reply.getHeader().setRcode(rcode);
            return reply;
        }
        Name name = question.getName();
        for (int hops = 0; hops < 10; hops++) {
            List<String> values = records.get(name.toString(true).toLowerCase(Locale.ROOT));
            if (values == null) {
                reply.getHeader().setRcode(Rcode.NXDOMAIN);
                return reply;
            }
            Name next = null;
            for (String v : values) {
                if (v.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
                    if (question.getType() == Type.A) {
                        reply.addRecord(new ARecord(name, DClass.IN, 60, InetAddress.getByName(v)), Section.ANSWER);
                    }
                } else {
                    next = Name.fromString(v, Name.root);
                    reply.addRecord(new CNAMERecord(name, DClass.IN, 60, next), Section.ANSWER);
                }
            }
            if (next == null) {
                return reply;
            }
            name = next;
        }
        return reply;
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
