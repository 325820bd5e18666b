package br.esus.oficios.render;

import br.esus.oficios.model.SistemaOperacional;

/**
 * Where the PEC lives and how its service is restarted, per operating system (Manual e-SUS APS: Login GOV.BR,
 * HTTPS automatizado, Certificado e-Gestor). Note the hyphen: {@code e-SUS}, not {@code eSUS}.
 */
record CaminhosPec(
        String pastaWebserver,
        String pastaConfig,
        String arquivoProperties,
        String arquivoCredenciais,
        String pastaChaves,
        String pastaCertmgrConfig,
        String servico,
        String comandoReiniciar,
        String comandoParar,
        String comandoIniciar,
        String comandoCriarChaves,
        String comandoFirewall,
        String arquivoHosts) {

    static final String SERVICO = "e-SUS-PEC";

    static CaminhosPec of(SistemaOperacional so) {
        if (so == SistemaOperacional.WINDOWS) {
            String base = "C:\\Program Files\\e-SUS\\webserver";
            return new CaminhosPec(
                    base + "\\",
                    base + "\\config\\",
                    base + "\\config\\application.properties",
                    base + "\\config\\credenciais.txt",
                    base + "\\chaves",
                    base + "\\certmgr\\config",
                    SERVICO,
                    "Restart-Service -Name \"" + SERVICO + "\"",
                    "Stop-Service -Name \"" + SERVICO + "\"",
                    "Start-Service -Name \"" + SERVICO + "\"",
                    "New-Item -ItemType Directory -Force -Path \"" + base + "\\chaves\"",
                    "New-NetFirewallRule -DisplayName \"esusaps\" -Direction Inbound -Protocol TCP"
                            + " -LocalPort 80,443 -Action Allow",
                    "C:\\Windows\\System32\\drivers\\etc\\hosts");
        }
        String base = "/opt/e-SUS/webserver";
        return new CaminhosPec(
                base + "/",
                base + "/config/",
                base + "/config/application.properties",
                base + "/config/credenciais.txt",
                base + "/chaves",
                base + "/certmgr/config",
                SERVICO,
                "sudo systemctl restart " + SERVICO,
                "sudo systemctl stop " + SERVICO,
                "sudo systemctl start " + SERVICO,
                "sudo mkdir -p " + base + "/chaves",
                "sudo iptables -A INPUT -p tcp --dport 80 -j ACCEPT\nsudo iptables -A INPUT -p tcp --dport 443 -j ACCEPT",
                "/etc/hosts");
    }
}
