package dev.coupure.cli;

import static dev.coupure.cli.IngestCommandTest.jsonLines;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.coupure.input.Archives;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives, web archives and hostile files through the whole command, as a user would run it. */
class ArchivesIngestTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final String[] FAST = {"--languages", "fr,en", "-q"};
    private static final String FETCHED = "2025-01-18T09:30:00Z";
    private static final String PAGE = String.join("\n",
            "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"ISO-8859-1\"><title>Le conseil municipal vote le budget</title></head>",
            "<body><article><h1>Le conseil municipal vote le budget</h1>",
            "<p>Publié hier à 18h30</p>",
            "<p>Le conseil municipal de Saint-Aurèle a adopté hier soir le budget de l'année, après trois heures de débats"
                    + " animés entre la majorité et l'opposition, qui réclamait davantage d'investissements dans les écoles.</p>",
            "<p>Le maire a défendu un budget « prudent », marqué par la hausse des prix de l'énergie et la baisse des"
                    + " dotations de l'État. Les travaux de la médiathèque commenceront au printemps.</p>",
            "</article></body></html>");

    @TempDir
    static Path tmp;

    static List<JsonNode> loose;

    @BeforeAll
    static void readTheLooseSeeds() throws IOException {
        loose = ingest("loose", SEEDS.toString());
    }

    /** Runs {@code coupure ingest ARGS} and returns its article records. */
    private static List<JsonNode> ingest(String name, String... inputs) throws IOException {
        Path out = tmp.resolve(name + ".jsonl");
        List<String> args = new ArrayList<>(List.of("ingest"));
        args.addAll(List.of(inputs));
        args.addAll(List.of("-o", out.toString()));
        args.addAll(List.of(FAST));
        IngestCommandTest.Run run = IngestCommandTest.run(null, args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return jsonLines(out);
    }

    private static Map<String, byte[]> seeds() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.sorted().toList()) {
                entries.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return entries;
    }

    /** A record without its source.path and duplicate_of, the fields that say where it and its first copy were found. */
    private static JsonNode withoutPath(JsonNode record) {
        ObjectNode copy = record.deepCopy();
        ((ObjectNode) copy.get("source")).remove("path");
        copy.remove("duplicate_of");
        return copy;
    }

    @Test
    void theSeedsPackedAsZipTarGzOrZipInTarGzGiveTheLooseRecords() throws IOException {
        Path zip = tmp.resolve("seeds.zip");
        Files.write(zip, Archives.zip(seeds()));
        Path tgz = tmp.resolve("seeds.tar.gz");
        Files.write(tgz, Archives.gzip(Archives.tar(seeds())));
        Path nested = tmp.resolve("nested.tar.gz");
        Files.write(nested, Archives.gzip(Archives.tar(Map.of("inner/seeds.zip", Files.readAllBytes(zip)))));

        List<JsonNode> packed = ingest("packed", zip.toString(), tgz.toString(), nested.toString());

        assertEquals(15, packed.size());
        List<String> prefixes = List.of(zip + "!/", tgz + "!/", nested + "!/inner/seeds.zip!/");
        for (int i = 0; i < packed.size(); i++) {
            JsonNode original = loose.get(i % 5);
            String name = Path.of(original.get("source").get("path").asText()).getFileName().toString();
            assertEquals(prefixes.get(i / 5) + name, packed.get(i).get("source").get("path").asText());
            // the same text a second and third time: a copy of the zip's record
            assertEquals(i < 5 ? null : prefixes.get(0) + name, packed.get(i).path("duplicate_of").textValue(), name);
            assertEquals(withoutPath(original), withoutPath(packed.get(i)), name);
        }
    }

    @Test
    void aWebArchiveResponseGetsItsUrlAndFetchTimeFromTheWarcAndCountsDayWordsFromIt() throws IOException {
        Path warc = tmp.resolve("crawl.warc.gz");
        String russian = "<html><head><title>Новости</title></head><body><p>Москва и Тегеран подписали договор о"
                + " стратегическом партнёрстве сроком на двадцать лет.</p></body></html>";
        Files.write(warc, Archives.warc(true, List.of(
                Archives.response("https://www.example.fr/budget", FETCHED, Archives.http(
                        "HTTP/1.1 200 OK\nContent-Type: text/html; charset=ISO-8859-1", PAGE.getBytes(ISO_8859_1))),
                Archives.response("https://www.example.ru/novosti", FETCHED, Archives.http(
                        "HTTP/1.1 200 OK\nContent-Type: text/html; charset=windows-1251", russian.getBytes(Charset.forName("windows-1251")))))));

        List<JsonNode> records = ingest("warc", warc.toString());

        assertEquals(2, records.size());
        assertEquals("windows-1251", records.get(1).get("source").get("charset").asText(), "the HTTP header's charset, which the page does not declare");
        assertTrue(records.get(1).get("text").asText().startsWith("Москва"), records.get(1).get("text").asText());
        JsonNode r = records.get(0);
        assertTrue(r.get("source").get("path").asText().matches("\\Q" + warc + "\\E!/0"), r.get("source").toString());
        assertEquals("https://www.example.fr/budget", r.get("source").get("url").asText());
        assertEquals(FETCHED, r.get("source").get("fetched_at").asText());
        assertEquals("warc", r.get("source").get("provenance").get("url").asText());
        assertEquals("warc", r.get("source").get("provenance").get("fetched_at").asText());
        assertEquals("windows-1252", r.get("source").get("charset").asText(), "ISO-8859-1 as browsers read it");
        assertEquals("Le conseil municipal vote le budget", r.get("title").asText());
        assertTrue(r.get("text").asText().contains("Saint-Aurèle"), r.get("text").asText());
        assertEquals("2025-01-17", r.get("published").get("date").asText(), r.get("published").toString());
        assertEquals("warc", r.get("published").get("source").asText());
        assertValid(Path.of("docs/record-schema.json"), records);
    }

    @Test
    void aMixedDirectoryIsFullyAccountedForAndTwoRunsGiveTheSameBytes() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.write(dir.resolve("dump.txt"), Files.readAllBytes(SEEDS.resolve("003_17932364b9efe2c0.txt")));
        Files.writeString(dir.resolve("page.html"), PAGE, UTF_8);
        Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0});
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("zeros.txt", new byte[32 << 20]);
        Files.write(dir.resolve("bomb.zip"), Archives.zip(bomb));
        Files.writeString(dir.resolve("broken.warc"), "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n", UTF_8);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
        Path locked = dir.resolve("locked.txt");
        Files.writeString(locked, "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean lockedOut = !Files.isReadable(locked); // root reads everything
        boolean fifo = InputWalkerFifo.make(dir.resolve("pipe"));
        Files.copy(Path.of("src/test/resources/documents/article.pdf"), dir.resolve("clipping.pdf"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "coupure-secret-mixed");
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(1);
        Files.writeString(dir.resolve("xxe.xhtml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE html [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY remote SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/dtd\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>Le marché couvert rouvre</h1>"
                + "<p>Le marché couvert de Saint-Aurèle rouvre samedi après huit mois de travaux. &secret; &remote;</p>"
                + "</body></html>", UTF_8);

        Path first = tmp.resolve("mixed-1.jsonl");
        Path second = tmp.resolve("mixed-2.jsonl");
        IngestCommandTest.Run run1 = IngestCommandTest.run(null, "ingest", dir.toString(), "-o", first.toString(), "--strict", "-q");
        IngestCommandTest.Run run2 = IngestCommandTest.run(null, "ingest", dir.toString(), "-o", second.toString(), "--strict",
                "--threads", "1", "-q");

        try (server) {
            server.accept().close();
            throw new AssertionError("an input made Coupure connect to the loopback server");
        } catch (SocketTimeoutException expected) {
            // No connection was waiting: nothing was fetched.
        }
        assertFalse(Files.readString(first).contains("coupure-secret-mixed"), "an external entity was read");
        assertEquals(1, run1.exit(), "--strict: some inputs failed");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertArrayEquals(Files.readAllBytes(Path.of(first + ".errors.jsonl")), Files.readAllBytes(Path.of(second + ".errors.jsonl")));

        Map<String, String> outcome = new LinkedHashMap<>();
        jsonLines(first).forEach(r -> outcome.put(r.get("source").get("path").asText(), "record"));
        jsonLines(Path.of(first + ".errors.jsonl")).forEach(e -> outcome.put(e.get("source").get("path").asText(),
                e.get("error").get("kind").asText()));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(dir + "/bomb.zip!/zeros.txt", "zip-bomb");
        expected.put(dir + "/broken.warc!/0", "malformed");
        expected.put(dir + "/clipping.pdf", "record");
        expected.put(dir + "/dump.txt", "record");
        expected.put(dir + "/empty.txt", "record");
        expected.put(dir + "/locked.txt", lockedOut ? "unreadable" : "record");
        expected.put(dir + "/loop", "symlink-loop");
        expected.put(dir + "/page.html", "record");
        expected.put(dir + "/photo.jpg", "unsupported-format");
        expected.put(dir + "/xxe.xhtml", "record");
        if (fifo) {
            expected.put(dir + "/pipe", "not-regular");
        }
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(outcome.keySet()), "one record or error record per file");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), outcome.get(e.getKey()), e.getKey());
        }
        Set<String> warnings = new TreeSet<>();
        jsonLines(first).stream().filter(r -> r.get("source").get("path").asText().endsWith("empty.txt"))
                .forEach(r -> r.get("warnings").forEach(w -> warnings.add(w.asText())));
        assertEquals(Set.of("empty input"), warnings, "an empty file is read as today: a record that says so");
        assertValid(Path.of("docs/record-schema.json"), jsonLines(first));
        assertValid(Path.of("docs/error-schema.json"), jsonLines(Path.of(first + ".errors.jsonl")));
    }

    private static void assertValid(Path schemaFile, List<JsonNode> records) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(schemaFile.toFile()));
        for (JsonNode r : records) {
            assertEquals(Set.of(), schema.validate(r), r.toString());
        }
    }

    /** mkfifo where the system has it. */
    private static final class InputWalkerFifo {
        static boolean make(Path path) throws InterruptedException {
            try {
                Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
                return p.waitFor() == 0;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
