package dev.coupure.refresh;

import dev.coupure.input.FileStat;
import dev.coupure.input.InputRef;
import dev.coupure.input.Sidecars;
import java.time.Instant;
import java.util.Optional;

/**
 * What a refresh knows of each input before anything else: the digest the new state records and
 * by which the previous state's records are reused. An input whose signature (the walk's stat of
 * it, and its sidecar's) is the one the previous state recorded is taken to hold what it held
 * then, without being read; any other is hashed. Its signature is kept for the next run only when
 * it was modified long enough before this run started ({@link FileStat#MARGIN}).
 */
final class InputChecker {

    /**
     * What a run knows of an input.
     *
     * @param digest its digest, or null for an input never reused (standard input, a file that
     *     cannot be read)
     * @param signature the signature the new state records with it, or null: the next run hashes it
     * @param hashed whether this run read it to hash it
     * @param reused the previous state's entry for it when that holds the same digest, else null
     */
    record Check(InputDigest digest, InputSignature signature, boolean hashed, PreviousState.Entry reused) {

        static final Check NEVER_REUSED = new Check(null, null, false, null);
    }

    private final PreviousState previous;
    private final Instant runStart;
    private final boolean withModifiedTime;

    /**
     * @param previous the previous run's state, or null
     * @param runStart when this run started, before the walk looked the inputs up
     * @param withModifiedTime whether the digest holds the modification time (--mtime-reference)
     */
    InputChecker(PreviousState previous, Instant runStart, boolean withModifiedTime) {
        this.previous = previous;
        this.runStart = runStart;
        this.withModifiedTime = withModifiedTime;
    }

    Check check(InputRef ref) {
        if (ref.file() == null || ref.problem() != null) {
            return Check.NEVER_REUSED;
        }
        Optional<Sidecars.Found> sidecar = Sidecars.locate(ref);
        InputSignature signature = InputSignature.of(ref, sidecar).orElse(null);
        PreviousState.Entry entry = previous == null ? null : previous.entry(ref.path());
        if (signature != null && entry != null && entry.digest() != null && signature.equals(entry.signature())) {
            return new Check(entry.digest(), entry.signature(), false, entry); // the state's: one copy kept, not two
        }
        InputDigest digest = InputDigest.of(ref.file(), sidecar.map(Sidecars.Found::file), withModifiedTime).orElse(null);
        boolean recorded = digest != null && signature != null && signature.settledBefore(runStart);
        PreviousState.Entry reused = entry != null && digest != null && digest.equals(entry.digest()) ? entry : null;
        return new Check(digest, recorded ? signature : null, true, reused);
    }
}
