package dev.coupure.input.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** A tar (plain; a .tar.gz is a gzip file that holds one), entry after entry. */
final class TarEntries implements Container {

    @Override
    public void read(Piece bundle, Entries entries) throws IOException, InterruptedException {
        Guard raw = Guard.shield(bundle.stream());
        try (TarArchiveInputStream tar = new TarArchiveInputStream(raw, StandardCharsets.UTF_8.name())) {
            for (TarArchiveEntry entry; (entry = Entries.nextFile(tar, raw, bundle, entries)) != null; ) {
                if (entry.isSymbolicLink() || entry.isLink() || entry.isCharacterDevice() || entry.isBlockDevice()
                        || entry.isFIFO()) {
                    entries.skip(Entries.LINK);
                    continue;
                }
                Guard content = Guard.shield(tar);
                entries.add(bundle.entry(entry.getName(), content, entry.getSize(), Piece.instant(entry.getLastModifiedTime())));
                content.drain();
            }
        }
    }
}
