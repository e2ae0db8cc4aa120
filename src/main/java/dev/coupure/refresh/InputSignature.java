package dev.coupure.refresh;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.coupure.input.FileStat;
import dev.coupure.input.InputRef;
import dev.coupure.input.Sidecars;
import java.time.Instant;
import java.util.Optional;

/**
 * What a refresh compares with the state instead of reading an input: the file's stat, and its
 * sidecar's name and stat (a sidecar that appears, goes or changes changes the input's records).
 *
 * @param file the input file's stat
 * @param sidecar the sidecar's file name, or null when there is none
 * @param sidecarStat its stat, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL) // no sidecar: no sidecar keys
record InputSignature(FileStat file, String sidecar, @JsonProperty(InputSignature.SIDECAR_STAT) FileStat sidecarStat) {

    static final String SIDECAR_STAT = "sidecar_stat";

    /** The signature of an input the walk looked up, with the sidecar found beside it now; empty when the walk did not look. */
    static Optional<InputSignature> of(InputRef ref, Optional<Sidecars.Found> sidecar) {
        if (ref.stat() == null) {
            return Optional.empty();
        }
        return Optional.of(new InputSignature(ref.stat(), sidecar.map(s -> s.file().getFileName().toString()).orElse(null),
                sidecar.map(Sidecars.Found::stat).orElse(null)));
    }

    /** Whether every file of it was modified long enough before the run for the signature to be recorded. */
    boolean settledBefore(Instant runStart) {
        return file.settledBefore(runStart) && (sidecarStat == null || sidecarStat.settledBefore(runStart));
    }
}
