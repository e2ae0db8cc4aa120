package dev.coupure.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.input.Item;
import dev.coupure.input.RawDocument;
import dev.coupure.record.ErrorRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The batch with a stand-in for the pipeline: order, time limits, memory exhaustion. */
class BatchTest {

    /** Stands in for an article: an error record whose kind is "ok". */
    private static Outcome ok(RawDocument doc) {
        return new Outcome.Failure(new ErrorRecord(doc.path(), "ok", doc.path()));
    }

    private static Item.Source documents(String... paths) {
        return sink -> {
            for (String path : paths) {
                sink.accept(path.startsWith("!") ? new Item.Failure(path, "unreadable", path)
                        : new Item.Document(new RawDocument(path, path.getBytes(StandardCharsets.UTF_8), null, null)));
            }
        };
    }

    private static List<String> run(Function<RawDocument, Outcome> process, int threads, Duration timeout, String... paths)
            throws InterruptedException {
        List<String> out = new ArrayList<>();
        Batch.Summary summary = new Batch(process, threads, timeout).run(documents(paths), o ->
                out.add(((Outcome.Failure) o).record().source().path() + " " + ((Outcome.Failure) o).record().error().kind()));
        assertEquals(paths.length, summary.read());
        return out;
    }

    @Test
    void outcomesComeInInputOrderWhateverTheThreadsAndTheirSpeed() throws InterruptedException {
        String[] paths = new String[200];
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < paths.length; i++) {
            paths[i] = i % 17 == 5 ? "!" + i : "doc" + i;
            expected.add(paths[i] + (i % 17 == 5 ? " unreadable" : " ok"));
        }
        Function<RawDocument, Outcome> jittery = doc -> {
            try {
                Thread.sleep(new Random(doc.path().hashCode()).nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ok(doc);
        };
        assertEquals(expected, run(jittery, 1, Duration.ofSeconds(30), paths));
        assertEquals(expected, run(jittery, 4, Duration.ofSeconds(30), paths));
    }

    @Test
    void aDocumentThatHangsBecomesATimeoutAndTheBatchGoesOnWithAFreshThread() {
        CountDownLatch never = new CountDownLatch(1);
        Function<RawDocument, Outcome> hangsOnSome = doc -> {
            if (doc.path().startsWith("hang")) {
                // deaf to interrupts, as a parser in a tight loop would be
                while (never.getCount() > 0) {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        // keep hanging
                    }
                }
            }
            return ok(doc);
        };
        try {
            List<String> out = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> run(hangsOnSome, 1, Duration.ofMillis(300), "a", "hang1", "b", "hang2", "c"));
            assertEquals(List.of("a ok", "hang1 timeout", "b ok", "hang2 timeout", "c ok"), out);
        } finally {
            never.countDown();
        }
    }

    @Test
    void aDocumentThatExhaustsMemoryBecomesAnErrorRecord() throws InterruptedException {
        Function<RawDocument, Outcome> greedy = doc -> {
            if (doc.path().equals("huge")) {
                long[] tooMuch = new long[Integer.MAX_VALUE - 16];
                return ok(new RawDocument(doc.path() + tooMuch.length, doc.bytes(), null, null));
            }
            return ok(doc);
        };
        List<String> out = run(greedy, 2, Duration.ofSeconds(30), "a", "huge", "b");
        assertEquals(List.of("a ok", "huge out-of-memory", "b ok"), out);
    }

    @Test
    void noLimitMeansNoTimeout() throws InterruptedException {
        Function<RawDocument, Outcome> slow = doc -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ok(doc);
        };
        assertTrue(run(slow, 1, Duration.ZERO, "a", "b").stream().allMatch(s -> s.endsWith(" ok")));
    }
}
