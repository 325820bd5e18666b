package br.esus.oficios.render;

import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/** The one text argument of a template method such as {@code valor_propriedade(x)} or {@code aspas_sh(x)}. */
final class TemplateArgs {

    private TemplateArgs() {
    }

    /** The argument as text (a number as its digits), or a Portuguese error naming {@code method}. */
    static String oneText(String method, List<?> arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException(method + " recebe exatamente um valor");
        }
        Object arg = arguments.get(0);
        if (arg instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        if (arg instanceof TemplateNumberModel n) {
            return n.getAsNumber().toString();
        }
        throw new TemplateModelException(method + " recebe um texto ou número, não "
                + (arg instanceof TemplateModel ? "outro tipo de valor" : String.valueOf(arg)));
    }
}
