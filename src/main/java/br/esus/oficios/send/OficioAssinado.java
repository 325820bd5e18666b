package br.esus.oficios.send;

import br.esus.oficios.doc.ContentHash;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.sign.SignatureReader;
import br.esus.oficios.sign.SignedCopies;
import br.esus.oficios.sign.SignedPdf;
import br.esus.oficios.sign.TrustAnchors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which PDF of the ofício goes: the valid signed copy of the current ofício in the municipality's folder signed last
 * ({@link SignedCopies}: {@code oficio-dominio-assinado.pdf} from {@code assinar}, or the file the GOV.BR signer
 * returned, under any name), else the unsigned PDF with a warning, or nothing when {@code smtp.exigir_assinatura}
 * is true. A signed copy of an older version of the ofício, or one changed after signing, never goes: a warning
 * names it.
 */
final class OficioAssinado {
    private OficioAssinado() {
    }

    /**
     * @param files the generated files to attach (the PDF first)
     * @return the files to attach, with the signed PDF in place of the unsigned one when there is one; null when
     *         the ofício is held back (said through {@code say})
     */
    static List<Path> choose(Path shown, Doc doc, List<Path> files, Path folder, boolean requireSignature,
            Consumer<DocumentProblem> say) {
        String id = DocumentId.OFICIO_DOMINIO.id();
        SignedCopies.Found found;
        try {
            found = SignedCopies.in(folder, id, ContentHash.of(doc), new SignatureReader(TrustAnchors.NONE));
        } catch (IOException e) {
            found = new SignedCopies.Found(java.util.Optional.empty(), List.of(), List.of());
            say.accept(DocumentProblem.warning(shown, id, "não foi possível procurar cópias assinadas em " + folder));
        }
        for (SignedPdf s : found.outdated()) {
            say.accept(DocumentProblem.warning(shown, id, s.file() + " está assinado, mas é de outra versão do "
                    + "ofício (ele mudou depois de assinado, ou o arquivo não foi gerado pelo gerar-oficios) e não vai; "
                    + "assine de novo o ofício atual"));
        }
        for (SignedPdf s : found.invalid()) {
            say.accept(DocumentProblem.warning(shown, id, s.file() + " tem assinatura inválida ou foi alterado depois "
                    + "de assinado e não vai (veja gerar-oficios verificar " + s.file() + ")"));
        }
        if (found.current().isPresent()) {
            Path pdf = found.current().get().file();
            List<Path> out = new ArrayList<>();
            out.add(pdf);
            files.stream().filter(f -> !f.getFileName().toString().endsWith(".pdf")).forEach(out::add);
            return out;
        }
        String how = "nenhuma cópia assinada do ofício atual em " + folder + "; para assinar: gerar-oficios assinar "
                + shown + " --certificado ARQ.pfx, ou o assinador GOV.BR (https://assinador.iti.br), com o PDF "
                + "assinado posto nessa pasta";
        if (requireSignature) {
            say.accept(DocumentProblem.error(shown, id, "não enviado: smtp.exigir_assinatura é true e o ofício não "
                    + "está assinado digitalmente (" + how + ")"));
            return null;
        }
        say.accept(DocumentProblem.warning(shown, id, "vai sem assinatura digital (" + how + ")"));
        return files;
    }
}
