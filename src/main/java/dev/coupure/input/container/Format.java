package dev.coupure.input.container;

import java.util.Set;

/** What the input layer does with a media type: open it as a container, refuse it, or hand it on as a document. */
enum Format {
    DOCUMENT, ZIP, TAR, GZIP, WARC, MBOX, UNSUPPORTED;

    /** Media types of whole top-level families that hold no text to read. */
    private static final Set<String> NOT_TEXT_FAMILIES = Set.of("image", "audio", "video", "font", "model");

    /**
     * Archives and compressors that are not opened (named, so that the error tells the user to
     * unpack them), and programs and databases, which are not documents.
     */
    private static final Set<String> NOT_READ = Set.of(
            "application/x-bzip2", "application/x-xz", "application/zstd", "application/x-lzma",
            "application/x-compress", "application/x-7z-compressed", "application/x-rar-compressed",
            "application/vnd.rar", "application/x-lzip", "application/x-lz4", "application/x-cpio",
            "application/x-executable", "application/x-sharedlib", "application/x-dosexec",
            "application/x-msdownload", "application/x-mach-o-executable", "application/java-vm",
            "application/x-sqlite3", "application/vnd.sqlite3");

    static Format of(String mediaType) {
        if (mediaType == null) {
            return DOCUMENT;
        }
        return switch (mediaType) {
            case "application/zip" -> ZIP;
            case "application/x-tar", "application/x-gtar", "application/x-ustar" -> TAR;
            case "application/gzip", "application/x-gzip", "application/warc+gz" -> GZIP;
            case "application/warc" -> WARC;
            case "application/mbox" -> MBOX;
            default -> {
                int slash = mediaType.indexOf('/');
                yield NOT_READ.contains(mediaType) || slash > 0 && NOT_TEXT_FAMILIES.contains(mediaType.substring(0, slash))
                        ? UNSUPPORTED : DOCUMENT;
            }
        };
    }

    boolean isContainer() {
        return this != DOCUMENT && this != UNSUPPORTED;
    }
}
