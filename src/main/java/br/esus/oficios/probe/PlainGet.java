package br.esus.oficios.probe;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP/1.1 GET on a socket already open (plain or TLS), with the installation's name as Host: no cookies, no
 * body sent, the connection closed after. The JDK's HTTP clients cannot connect to an address other than the one
 * the name resolves to, which {@code --conectar-em} needs. Reads at most {@link #MAX_BODY} bytes of the page.
 */
final class PlainGet {
    static final int MAX_BODY = 512 * 1024;
    private static final int MAX_LINE = 8 * 1024;
    /** The whole answer may take this many times the time limit of one read. */
    private static final int WHOLE_ANSWER = 3;
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * @param status     the status code (200, 301...)
     * @param statusLine "HTTP/1.1 301 Moved Permanently"
     * @param headers    the headers, names in lower case (the first of each name)
     * @param body       the page, decoded with its charset (UTF-8 when it does not say)
     */
    record Response(int status, String statusLine, Map<String, String> headers, String body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /** Not an HTTP answer. */
    static final class NotHttp extends IOException {
        private static final long serialVersionUID = 1L;

        NotHttp(String what) {
            super(what);
        }
    }

    private PlainGet() {
    }

    /**
     * @param hostHeader "esus.x.gov.br", or "esus.x.gov.br:8080" off the scheme's default port
     * @param path       "/" or the path and query of the URL
     * @param readBody   false when only the status and headers matter (the redirect of port 80)
     */
    static Response get(Socket socket, String hostHeader, String path, boolean readBody) throws IOException {
        OutputStream out = socket.getOutputStream();
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: " + hostHeader + "\r\n"
                + "User-Agent: gerar-oficios-conferir\r\n"
                + "Accept: text/html,*/*;q=0.8\r\n"
                + "Accept-Encoding: identity\r\n"
                + "Connection: close\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // Each read waits at most the socket's time limit; the whole answer, at most WHOLE_ANSWER of them, so a
        // server that sends a byte now and then cannot hold the check.
        long deadline = System.nanoTime() + WHOLE_ANSWER * Math.max(socket.getSoTimeout(), 1) * 1_000_000L;
        InputStream in = new BufferedInputStream(new Deadline(socket.getInputStream(), deadline));
        String statusLine = line(in);
        if (statusLine == null) {
            throw new NotHttp("sem resposta");
        }
        Matcher m = Pattern.compile("HTTP/\\d(?:\\.\\d)? (\\d{3})(?: .*)?").matcher(statusLine);
        if (!m.matches()) {
            throw new NotHttp("não é HTTP");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(h.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        h.substring(colon + 1).strip());
            }
        }
        int status = Integer.parseInt(m.group(1));
        String body = "";
        if (readBody) {
            byte[] bytes = "chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", "").strip())
                    ? chunked(in) : plain(in, headers.get("content-length"));
            body = new String(bytes, charset(headers.get("content-type")));
        }
        return new Response(status, statusLine, headers, body);
    }

    private static byte[] plain(InputStream in, String contentLength) throws IOException {
        long want = MAX_BODY;
        if (contentLength != null && contentLength.strip().matches("\\d{1,12}")) {
            want = Math.min(want, Long.parseLong(contentLength.strip()));
        }
        return in.readNBytes((int) want);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < MAX_BODY) {
            String sizeLine = line(in);
            if (sizeLine == null) {
                break;
            }
            String hex = sizeLine.split(";", 2)[0].strip();
            if (!hex.matches("[0-9a-fA-F]{1,7}")) {
                throw new NotHttp("pedaço inválido");
            }
            int size = Integer.parseInt(hex, 16);
            if (size == 0) {
                break;
            }
            out.write(in.readNBytes(Math.min(size, MAX_BODY - out.size())));
            line(in);
        }
        return out.toByteArray();
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            Matcher m = CHARSET.matcher(contentType);
            if (m.find()) {
                try {
                    return Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    // an unknown charset: UTF-8 below
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** A line without its CR LF, in ISO-8859-1 (headers are ASCII); null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int len = sb.length();
                return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
            }
            if (sb.length() >= MAX_LINE) {
                throw new NotHttp("linha longa demais");
            }
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Stops reading once the deadline has passed. */
    private static final class Deadline extends FilterInputStream {
        private final long deadline;

        Deadline(InputStream in, long deadline) {
            super(in);
            this.deadline = deadline;
        }

        private void check() throws SocketTimeoutException {
            if (System.nanoTime() > deadline) {
                throw new SocketTimeoutException();
            }
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return super.read(b, off, len);
        }
    }
}
