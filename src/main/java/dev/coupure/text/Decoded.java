package dev.coupure.text;

/**
 * Text decoded from an input's bytes.
 *
 * @param text the decoded characters, not yet normalized
 * @param charset the name of the charset the bytes were read as
 * @param repairedMojibake how many double-encoded sequences (such as "Ã©" for "é") were repaired
 */
public record Decoded(String text, String charset, int repairedMojibake) {
}
