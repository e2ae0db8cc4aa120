package dev.coupure.input;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * What a look-up of a file (a stat) says of it, enough for a refresh to take it as unchanged
 * without reading it, as git's index and rsync's quick check do: a write changes the size or the
 * modification time, a file put in its place (renamed over it, written anew) has another key.
 *
 * @param size in bytes
 * @param mtimeNanos last modification, in nanoseconds since the epoch, at the precision the file
 *     system keeps (whole seconds on some, 2 s on FAT)
 * @param key the file's identity on its file system ({@link BasicFileAttributes#fileKey()}: device and
 *     inode on Linux), as text; null where the file system has none
 */
public record FileStat(long size, @JsonProperty(FileStat.MTIME_NS) long mtimeNanos, String key) {

    public static final String MTIME_NS = "mtime_ns";

    /**
     * How much older than a run's start a file's modification must be for its stat to be recorded.
     * A write made in the same tick of the file system's clock as the one the stat saw leaves the
     * same time (git's "racy clean" files): a file modified shortly before the run, hashed by it, and
     * modified again after the hash would look unchanged. Every later write is stamped at or after
     * the run's start minus one tick, so a modification time older than that by more than a tick
     * cannot be left by one. The coarsest clock of a common file system ticks every 2 s (FAT); Linux
     * file systems stamp with a clock that lags the real time by a few milliseconds.
     */
    public static final Duration MARGIN = Duration.ofSeconds(2);

    public static FileStat of(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return new FileStat(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? null : key.toString());
    }

    /** Whether the file was last modified long enough before a run started for this stat to tell it later ({@link #MARGIN}). */
    public boolean settledBefore(Instant runStart) {
        Instant modified = Instant.EPOCH.plusNanos(mtimeNanos);
        return modified.isBefore(runStart.minus(MARGIN));
    }
}
