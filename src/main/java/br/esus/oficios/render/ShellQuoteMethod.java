package br.esus.oficios.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
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
        String name = powershell ? POWERSHELL : BASH;
        if (arguments.size() != 1) {
            throw new TemplateModelException(name + " recebe exatamente um valor");
        }
        Object arg = arguments.get(0);
        String text;
        if (arg instanceof TemplateScalarModel s) {
            text = s.getAsString();
        } else if (arg instanceof TemplateNumberModel n) {
            text = n.getAsNumber().toString();
        } else {
            throw new TemplateModelException(name + " recebe um texto ou número");
        }
        return ShellQuote.of(text, powershell);
    }
}
