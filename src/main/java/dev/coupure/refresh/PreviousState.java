package dev.coupure.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The state a previous run left, indexed by input path: where each input's lines are in the file,
 * read back only for the inputs that are reused. Only the header and the lines closing inputs are
 * parsed when it is opened, so that a large state costs little more than one read.
 */
final class PreviousState implements AutoCloseable {

    /**
     * One input of the previous run: its digest and signature, what the walk inside it skipped, and
     * where its lines are.
     *
     * @param signature null when the state recorded none: the input is hashed to be known
     * @param closing where its closing line starts, after its records
     */
    record Entry(InputDigest digest, InputSignature signature, Map<String, Integer> skipped, long start, long closing,
            long end) {
    }

    /** What opening a state gave: the state, or null and why not (null when there was no file). */
    record Opened(PreviousState state, String rejection) {
    }

    private final FileChannel channel;
    /** In the state's order, which was its run's input order. */
    private final Map<String, Entry> entries;
    private final StateFormat.Written written;
    /** Where the line of what the run wrote starts, or the end of the file when there is none: the end of the inputs. */
    private final long inputsEnd;

    private PreviousState(FileChannel channel, Map<String, Entry> entries, StateFormat.Written written, long inputsEnd) {
        this.channel = channel;
        this.entries = entries;
        this.written = written;
        this.inputsEnd = inputsEnd;
    }

    static Opened open(Path file, String version, OutputOptions options) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        StateFormat.Written written = null;
        long inputsEnd;
        try (InputStream in = Files.newInputStream(file)) {
            LineScanner lines = new LineScanner(in);
            if (!lines.next()) {
                return new Opened(null, "it is empty");
            }
            String why = StateFormat.mismatch(parse(lines), version, options);
            if (why != null) {
                return new Opened(null, why);
            }
            long start = lines.end;
            while (lines.next()) {
                if (written != null) {
                    return new Opened(null, "it holds a line after the one that closes it (line ending at byte " + lines.end + ")");
                }
                if (StateFormat.startsWith(lines.bytes, lines.length, StateFormat.WRITTEN_LINE_START)) {
                    if (start != lines.end - lines.length - 1) {
                        return new Opened(null, "it ends in the middle of an input");
                    }
                    written = StateFormat.MAPPER.treeToValue(parse(lines).get("written"), StateFormat.Written.class);
                    continue;
                }
                if (StateFormat.startsWith(lines.bytes, lines.length, StateFormat.INPUT_LINE_START)) {
                    StateFormat.Closing input = StateFormat.closing(lines.bytes, lines.length);
                    entries.put(input.path(), new Entry(input.digest(), input.signature(), input.skipped(), start,
                            lines.end - lines.length - 1, lines.end));
                    start = lines.end;
                } else if (!StateFormat.startsWith(lines.bytes, lines.length, StateFormat.ARTICLE_LINE_START)
                        && !StateFormat.startsWith(lines.bytes, lines.length, StateFormat.ERROR_LINE_START)) {
                    return new Opened(null, "it holds a line that is no record (line ending at byte " + lines.end + ")");
                }
            }
            if (written == null && start != lines.end) {
                return new Opened(null, "it ends in the middle of an input");
            }
            inputsEnd = start;
        } catch (NoSuchFileException e) {
            return new Opened(null, null);
        } catch (IOException | RuntimeException e) {
            return new Opened(null, "it cannot be read (" + e.getMessage() + ")");
        }
        return new Opened(new PreviousState(FileChannel.open(file, StandardOpenOption.READ), entries, written, inputsEnd), null);
    }

    Entry entry(String path) {
        return entries.get(path);
    }

    /** The inputs of the previous run, in its input order. */
    Set<String> paths() {
        return entries.keySet();
    }

    /** What the run that wrote this state wrote with it, or null for a state written before this was kept. */
    StateFormat.Written written() {
        return written;
    }

    /** Where the inputs' lines end: the line of what the run wrote, if there is one, starts there. */
    long inputsEnd() {
        return inputsEnd;
    }

    /** Copies the bytes {@code [from, to)} of the file as they are. */
    void transfer(long from, long to, WritableByteChannel target) throws IOException {
        for (long at = from; at < to; ) {
            long n = channel.transferTo(at, to - at, target);
            if (n <= 0) {
                throw new IOException("the state file shrank while it was read");
            }
            at += n;
        }
    }

    /** An entry's lines, as they are in the file. */
    byte[] read(Entry entry) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(entry.end() - entry.start()));
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, entry.start() + buffer.position()) < 0) {
                throw new IOException("the state file shrank while it was read");
            }
        }
        return buffer.array();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static JsonNode parse(LineScanner lines) throws IOException {
        return StateFormat.MAPPER.readTree(lines.bytes, 0, lines.length);
    }

    /** Lines of a byte stream, with the offset just past each one's newline; reads in blocks, not byte by byte. */
    static final class LineScanner {
        private final InputStream in;
        private final byte[] block = new byte[1 << 16];
        private int position;
        private int limit;
        byte[] bytes = new byte[8192];
        int length;
        long end;

        LineScanner(InputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            length = 0;
            while (true) {
                if (position == limit) {
                    limit = in.read(block);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (length > 0) {
                            throw new IOException("the last line has no end: the file was cut short");
                        }
                        return false;
                    }
                }
                int newline = position;
                while (newline < limit && block[newline] != '\n') {
                    newline++;
                }
                append(newline - position);
                end += newline - position;
                if (newline < limit) {
                    position = newline + 1;
                    end++;
                    return true;
                }
                position = limit;
            }
        }

        private void append(int n) {
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
            System.arraycopy(block, position, bytes, length, n);
            length += n;
        }
    }
}
