package dev.coupure.input.container;

/**
 * Entry names as archives write them, made safe to print. Nothing is ever written to disk, so a
 * name like {@code ../../etc/passwd} or {@code /etc/passwd} is harmless here and is reported as
 * written; but control characters, line and paragraph separators and bidirectional overrides
 * could forge or hide text in a terminal or a log, so they are escaped as {@code \\uXXXX}.
 */
final class EntryNames {

    private EntryNames() {
    }

    static String safe(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The last segment of an entry name, as a hint for detection. */
    static String baseName(String name) {
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
