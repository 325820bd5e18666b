package br.esus.oficios.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.util.List;

/**
 * {@code aspas_sh(x)} and {@code aspas_ps(x)} in the script templates: a value of the municipality file quoted for
 * bash or PowerShell (see {@link ShellQuote}), so that a name with a space or a quote stays one argument.
 */
final class ShellQuoteMethod implements TemplateMethodModelEx {

    static final String BASH = "aspas_sh";
    static final String POWERSHELL = "aspas_ps";

    private final boolean powershell;

    ShellQuoteMethod(boolean powershell) {
        this.powershell = powershell;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        String text = TemplateArgs.oneText(powershell ? POWERSHELL : BASH, arguments);
        return ShellQuote.of(text, powershell);
    }
}
