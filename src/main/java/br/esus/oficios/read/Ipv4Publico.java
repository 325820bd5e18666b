package br.esus.oficios.read;

import java.util.List;

/** A public IPv4 address in dotted decimal: private, reserved and special ranges (RFC 6890) are refused. */
final class Ipv4Publico {

    private record Faixa(long base, int bits, String nome) {
        boolean contains(long ip) {
            long mask = bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
            return (ip & mask) == base;
        }
    }

    private static final List<Faixa> RESERVADAS = List.of(
            faixa("0.0.0.0", 8, "rede \"este computador\" (0.0.0.0/8)"),
            faixa("10.0.0.0", 8, "rede privada (10.0.0.0/8)"),
            faixa("100.64.0.0", 10, "CGNAT da operadora (100.64.0.0/10): o link não tem IP público; peça um IP "
                    + "fixo ao provedor"),
            faixa("127.0.0.0", 8, "loopback (127.0.0.0/8)"),
            faixa("169.254.0.0", 16, "link-local (169.254.0.0/16)"),
            faixa("172.16.0.0", 12, "rede privada (172.16.0.0/12)"),
            faixa("192.0.0.0", 24, "reservada pela IETF (192.0.0.0/24)"),
            faixa("192.0.2.0", 24, "faixa de documentação (192.0.2.0/24)"),
            faixa("192.88.99.0", 24, "reservada, antigo 6to4 (192.88.99.0/24)"),
            faixa("192.168.0.0", 16, "rede privada (192.168.0.0/16)"),
            faixa("198.18.0.0", 15, "faixa de testes (198.18.0.0/15)"),
            faixa("198.51.100.0", 24, "faixa de documentação (198.51.100.0/24)"),
            faixa("203.0.113.0", 24, "faixa de documentação (203.0.113.0/24)"),
            faixa("224.0.0.0", 4, "multicast (224.0.0.0/4)"),
            faixa("240.0.0.0", 4, "reservada (240.0.0.0/4)"));

    private Ipv4Publico() {
    }

    private static Faixa faixa(String base, int bits, String nome) {
        return new Faixa(parse(base), bits, nome);
    }

    /** The address as a number, or -1 when it is not four decimal numbers 0..255 without leading zeros. */
    static long parse(String text) {
        if (!text.matches("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}")) {
            return -1;
        }
        long ip = 0;
        for (String part : text.split("\\.")) {
            int n = Integer.parseInt(part);
            if (n > 255) {
                return -1;
            }
            ip = ip << 8 | n;
        }
        return ip;
    }

    /** @return the problem, or null when the address is a public IPv4 */
    static String check(String text) {
        long ip = parse(text);
        if (ip < 0) {
            return "IPv4 inválido " + Texts.quote(text) + "; escreva quatro números de 0 a 255 separados por "
                    + "pontos, sem zeros à esquerda (ex.: 200.10.20.30)";
        }
        for (Faixa f : RESERVADAS) {
            if (f.contains(ip)) {
                return "o IPv4 " + text + " não é público: é " + f.nome()
                        + "; informe o IP público fixo do servidor, para onde o registro A do DNS vai apontar";
            }
        }
        return null;
    }
}
