package br.esus.oficios.probe;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/** How the observations write times, dates, lists and servers, so every check says them alike. */
final class ProbeText {

    private ProbeText() {
    }

    /** "3 s", "0,5 s": a time limit as the reasons say it. */
    static String seconds(Duration d) {
        long millis = d.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format("%.1f s", millis / 1000.0).replace('.', ',');
    }

    /** "a", "a e b", "a, b e c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " e " + items.get(items.size() - 1);
    }

    /** "8.8.8.8" on the DNS port, "127.0.0.1:5353" on another. */
    static String dnsServer(InetSocketAddress server) {
        String ip = server.getAddress() == null ? server.getHostString() : server.getAddress().getHostAddress();
        return server.getPort() == 53 ? ip : ip + ":" + server.getPort();
    }
}
