package dev.coupure.refresh;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.coupure.input.FileStat;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The line that closes an input is written by the mapper and read by hand: both must name the fields alike. */
class StateFormatTest {

    private static final InputDigest DIGEST = new InputDigest(923, "5d66f69288423478f6294389578544b364887bcf4b57fb8e1669505da0545080");
    private static final FileStat FILE = new FileStat(923, 1_796_038_092_991_382_946L, "(dev=fe00,ino=2368900)");

    @Test
    void theLineClosingAnInputReadsBackAsItWasWritten() throws IOException {
        List<InputSignature> signatures = Arrays.asList(null, new InputSignature(FILE, null, null),
                new InputSignature(FILE, "d1.meta.json", new FileStat(25, -1_500L, null)));
        for (InputSignature signature : signatures) {
            for (InputDigest digest : Arrays.asList(DIGEST, null)) {
                for (Map<String, Integer> skipped : Arrays.asList(Map.<String, Integer>of(), Map.of("not matching --glob", 2), null)) {
                    String line = StateFormat.inputLine("in/d1.txt", digest, skipped, signature);
                    assertEquals(new StateFormat.Closing("in/d1.txt", digest, signature, skipped), read(line), line);
                }
            }
        }
    }

    @Test
    void aLineWithoutASignatureAsStatesBeforeThemWroteIsReadWithNone() throws IOException {
        StateFormat.Closing closing = read("{\"input\":{\"path\":\"in/d1.txt\",\"sha256\":\"" + DIGEST.sha256()
                + "\",\"size\":923,\"skipped\":{}}}");
        assertEquals(DIGEST, closing.digest());
        assertNull(closing.signature());
    }

    private static StateFormat.Closing read(String line) throws IOException {
        byte[] bytes = line.getBytes(UTF_8);
        return StateFormat.closing(bytes, bytes.length);
    }
}
