package br.esus.oficios.render;

import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.SistemaOperacional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The backup's names and folders, shared by the POP, the scripts and the commands the coordinator types (template
 * data {@code backup}): a copy is named {@code esus-<uf>-<município>-AAAA-MM-DD} by the day the backup script runs,
 * never by the day the POP was made.
 *
 * @param prefixo {@code esus-<uf>-<município>}
 * @param pastaTrabalho where the scripts make the copies: {@code C:\backup-esus} on Windows; on Linux a folder of the
 *     coordinator's own home, private to them, {@code ~/backup-esus}
 */
record BackupNames(boolean windows, String prefixo, String pastaTrabalho, String scriptBackup,
        String scriptRestaurar) {

    /** The work folder's name; also the Windows share's and the folder the copies go to on the new Linux server. */
    static final String PASTA = "backup-esus";

    static BackupNames of(Municipio m) {
        boolean win = m.instalacao().sistemaOperacional() == SistemaOperacional.WINDOWS;
        return new BackupNames(win, "esus-" + m.outputFolderName(), win ? "C:\\" + PASTA : "~/" + PASTA,
                win ? "backup-esus.ps1" : "backup-esus.sh", win ? "restaurar-esus.ps1" : "restaurar-esus.sh");
    }

    Map<String, Object> data() {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("prefixo", prefixo);
        x.put("pasta_trabalho", pastaTrabalho);
        x.put("pasta_trabalho_sh", "\"$HOME/" + PASTA + "\"");
        x.put("script_backup", scriptBackup);
        x.put("script_restaurar", scriptRestaurar);
        return x;
    }
}
