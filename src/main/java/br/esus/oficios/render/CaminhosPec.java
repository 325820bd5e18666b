package br.esus.oficios.render;

import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.SistemaOperacional;

/**
 * Where the PEC lives and how its service is started and stopped, per operating system, every path built from the
 * installation folder ({@code instalacao.pasta}, default {@code /opt/e-SUS} or {@code C:\Program Files\e-SUS}; Manual
 * e-SUS APS: Login GOV.BR, HTTPS automatizado, Certificado e-Gestor). The PEC brings its own PostgreSQL under
 * {@code database/<versão>/bin} (the version varies, so the POP and the scripts look for it).
 */
record CaminhosPec(
        String pastaPec,
        String pastaDatabase,
        String pastaWebserver,
        String pastaConfig,
        String arquivoProperties,
        String arquivoCredenciais,
        String pastaChaves,
        String pastaCertmgrConfig,
        String arquivoSslProperties,
        String servico,
        String comandoReiniciar,
        String comandoParar,
        String comandoIniciar,
        String comandoCriarChaves,
        String comandoFirewall,
        String arquivoHosts) {

    static final String SERVICO = "e-SUS-PEC";

    static CaminhosPec of(Instalacao i) {
        SistemaOperacional so = i.sistemaOperacional();
        String pec = i.pastaPec();
        if (so == SistemaOperacional.WINDOWS) {
            String web = pec + "\\webserver";
            return new CaminhosPec(
                    pec,
                    pec + "\\database",
                    web + "\\",
                    web + "\\config\\",
                    web + "\\config\\application.properties",
                    web + "\\config\\credenciais.txt",
                    web + "\\chaves",
                    pec + "\\certmgr\\config",
                    pec + "\\certmgr\\config\\ssl.properties",
                    SERVICO,
                    "Restart-Service -Name \"" + SERVICO + "\"",
                    "Stop-Service -Name \"" + SERVICO + "\"",
                    "Start-Service -Name \"" + SERVICO + "\"",
                    "New-Item -ItemType Directory -Force -Path \"" + web + "\\chaves\"",
                    "New-NetFirewallRule -DisplayName \"esusaps\" -Direction Inbound -Protocol TCP"
                            + " -LocalPort 80,443 -Action Allow",
                    "C:\\Windows\\System32\\drivers\\etc\\hosts");
        }
        String web = pec + "/webserver";
        String q = ShellQuote.bash(web + "/chaves");
        return new CaminhosPec(
                pec,
                pec + "/database",
                web + "/",
                web + "/config/",
                web + "/config/application.properties",
                web + "/config/credenciais.txt",
                web + "/chaves",
                pec + "/certmgr/config",
                pec + "/certmgr/config/ssl.properties",
                SERVICO,
                "sudo systemctl restart " + SERVICO,
                "sudo systemctl stop " + SERVICO,
                "sudo systemctl start " + SERVICO,
                "sudo mkdir -p " + q,
                "sudo iptables -A INPUT -p tcp --dport 80 -j ACCEPT\nsudo iptables -A INPUT -p tcp --dport 443 -j ACCEPT",
                "/etc/hosts");
    }
}
