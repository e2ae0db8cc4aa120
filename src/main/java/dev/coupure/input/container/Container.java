package dev.coupure.input.container;

import java.io.IOException;

/** One container format: hands each entry of a bundle to {@link Entries}, in the bundle's own order. */
interface Container {

    /** @throws IOException when the bundle is damaged: entries handed on before are kept */
    void read(Piece bundle, Entries entries) throws IOException, InterruptedException;
}
