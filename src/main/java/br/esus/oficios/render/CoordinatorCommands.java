package br.esus.oficios.render;

import br.esus.oficios.model.Banco;
import br.esus.oficios.model.Instalacao;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The template data {@code comandos}: the command lines the coordinator types, for the municipality's system, with
 * its database, PEC folder and the backup's names and work folder ({@link BackupNames}).
 */
final class CoordinatorCommands {

    private CoordinatorCommands() {
    }

    static Map<String, Object> of(Instalacao i, CaminhosPec c, BackupNames b) {
        String pasta = b.pastaTrabalho();
        Map<String, Object> x = new LinkedHashMap<>();
        if (b.windows()) {
            String script = "powershell -ExecutionPolicy Bypass -File " + pasta + "\\";
            x.put("preparar", "New-Item -ItemType Directory -Force " + pasta + " | Out-Null");
            x.put("localizar_pg",
                    "Get-ChildItem " + ShellQuote.powershell(c.pastaDatabase() + "\\*\\bin\\pg_dump.exe"));
            x.put("backup", script + b.scriptBackup());
            x.put("conferir_copia", script + b.scriptRestaurar() + " -SoConferir");
            x.put("restaurar", script + b.scriptRestaurar());
            x.put("restaurar_sql", script + b.scriptRestaurar() + " -Sql");
            x.put("compartilhar", "New-SmbShare -Name " + BackupNames.PASTA + " -Path " + pasta
                    + " -FullAccess \"$env:USERDOMAIN\\$env:USERNAME\"");
            x.put("transferir", "Copy-Item " + pasta + "\\" + b.prefixo() + "-AAAA-MM-DD.* \\\\IP-DO-SERVIDOR-NOVO\\"
                    + BackupNames.PASTA + "\\");
            x.put("remover_compartilhamento", "Remove-SmbShare -Name " + BackupNames.PASTA + " -Force");
        } else {
            // The scripts are copied to the coordinator's home and run from there.
            x.put("copiar_scripts", "scp " + b.scriptBackup() + " " + b.scriptRestaurar() + " usuario@IP-DO-SERVIDOR:");
            x.put("localizar_pg", "ls -d " + ShellQuote.bash(c.pastaDatabase()) + "/*/bin");
            x.put("backup", "bash ~/" + b.scriptBackup());
            x.put("preparar", "mkdir -m 700 -p " + pasta);
            x.put("transferir", "scp " + pasta + "/" + b.prefixo() + "-$(date +%F).* usuario@IP-DO-SERVIDOR-NOVO:"
                    + BackupNames.PASTA + "/");
            x.put("conferir_copia", "cd " + pasta + " && sha256sum -c " + b.prefixo() + "-$(date +%F).sha256");
            x.put("restaurar", "bash ~/" + b.scriptRestaurar());
            x.put("restaurar_sql", "bash ~/" + b.scriptRestaurar() + " --sql");
        }
        x.put("parar_servico", c.comandoParar());
        x.put("iniciar_servico", c.comandoIniciar());
        x.put("reiniciar_servico", c.comandoReiniciar());
        x.put("criar_pasta_chaves", c.comandoCriarChaves());
        x.put("liberar_firewall", c.comandoFirewall());
        String jar = "eSUS-AB-PEC-" + i.versaoPec().texto() + "-" + i.sistemaOperacional().nome() + "64.jar";
        Banco banco = i.banco();
        x.put("instalador", jar);
        x.put("instalar_console", "java -jar " + jar + " -console");
        x.put("instalar_console_https", "java -jar " + jar + " -console -cert-domain=" + i.dominio()
                + " -url=\"" + banco.urlJdbc() + "\" -username=\"" + banco.usuario()
                + "\" -password=\"SENHA-DO-BANCO\"");
        x.put("hosts_servidor", "127.0.0.1 " + i.dominio());
        x.put("hosts_cliente", "IP-DO-SERVIDOR-NA-REDE-LOCAL " + i.dominio());
        return x;
    }
}
