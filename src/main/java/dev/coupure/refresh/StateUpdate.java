package dev.coupure.refresh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * The previous state again, with what a refresh that found nothing changed learned: the signatures
 * of inputs it had to hash and found settled, and the stats of the output and error files it
 * hashed. Without them the next refresh would hash the same files again, and every one after it.
 * Every other byte is copied as it is, by the kernel; the new state replaces the old one as a
 * run's state does ({@link Replacement}).
 */
final class StateUpdate {

    private StateUpdate() {
    }

    /**
     * @param learned the inputs whose closing line changes, by path, with the signature it records
     * @param written what the run that wrote the output wrote, with the stats learned
     */
    static void write(PreviousState previous, Map<String, InputSignature> learned, StateFormat.Written written,
            Path state) throws IOException {
        try (Replacement replacement = new Replacement()) {
            Path temporary = replacement.add(state);
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                long copied = 0;
                for (String path : previous.paths()) {
                    InputSignature signature = learned.get(path);
                    if (signature == null) {
                        continue;
                    }
                    PreviousState.Entry entry = previous.entry(path);
                    previous.transfer(copied, entry.closing(), out);
                    write(out, StateFormat.inputLine(path, entry.digest(), entry.skipped(), signature) + "\n");
                    copied = entry.end();
                }
                previous.transfer(copied, previous.inputsEnd(), out);
                write(out, StateFormat.writtenLine(written));
            }
            replacement.commit();
        }
    }

    private static void write(FileChannel out, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }
}
