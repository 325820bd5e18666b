package br.esus.oficios.render;

import freemarker.core._CoreAPI;
import freemarker.template.Template;

/**
 * Makes a parsed template stop when its thread is interrupted, so that {@link TemplateWatch} can end a template past
 * its time limit (an endless {@code <#list>}). FreeMarker has this only in its internal API ({@code _CoreAPI}, the
 * step its own {@code ThreadInterruptionSupportTemplatePostProcessor} takes), and no public switch: this class is the
 * one place that uses it. {@code FreemarkerInterruptsTest} fails if a FreeMarker upgrade removes or changes it.
 */
final class FreemarkerInterrupts {

    private FreemarkerInterrupts() {
    }

    /** From now on, the loops and directives of {@code template} end with an exception when the thread is interrupted. */
    static void enable(Template template) {
        _CoreAPI.addThreadInterruptedChecks(template);
    }
}
