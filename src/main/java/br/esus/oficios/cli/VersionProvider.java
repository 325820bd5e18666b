package br.esus.oficios.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code gerar-oficios-versao.properties}. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/gerar-oficios-versao.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"gerar-oficios " + p.getProperty("versao", "(versão desconhecida)"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
