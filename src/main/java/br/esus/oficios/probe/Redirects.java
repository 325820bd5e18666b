package br.esus.oficios.probe;

import java.net.URI;
import java.util.Optional;

/** The redirects the HTTP and PEC checks recognise. */
final class Redirects {

    private Redirects() {
    }

    /** 301, 302, 303, 307, 308. */
    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The Location header resolved against the URL asked; empty when it is not a URL. */
    static Optional<URI> resolve(URI asked, String location) {
        try {
            return Optional.of(asked.resolve(location.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
