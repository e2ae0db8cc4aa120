package dev.coupure.input;

import static dev.coupure.input.Archives.entries;
import static dev.coupure.input.Archives.gzip;
import static dev.coupure.input.Archives.read;
import static dev.coupure.input.Archives.tar;
import static dev.coupure.input.Archives.zip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.input.container.Expander;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainersTest {

    private static final String DUMP = "Le titre de l'article\n\nUn paragraphe de texte, avec des mots.\n";
    private static final String PAGE = "<!DOCTYPE html><html><head><title>Titre</title></head><body><p>Texte.</p></body></html>";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void zipEntriesAreInputsInTheArchivesOwnOrder() throws IOException {
        Path zip = write("bundle.zip", zip(entries("b.txt", DUMP, "pages/", "", "pages/une.html", PAGE, "a.txt", DUMP,
                "a.meta.json", "{\"url\": \"https://www.example.fr/a\"}")));
        Archives.Read read = read(zip);
        assertEquals(List.of(zip + "!/b.txt text/plain", zip + "!/pages/une.html text/html", zip + "!/a.txt text/plain"),
                read.summary());
        assertArrayEquals(DUMP.getBytes(StandardCharsets.UTF_8), read.document(zip + "!/b.txt").bytes());
        assertEquals("1 sidecar in an archive, not applied", read.skips().toString(), "a directory entry is not a file: nothing to count");
    }

    @Test
    void tarsPlainOrGzippedAndSingleGzippedFilesAreReadAsStreams() throws IOException {
        byte[] tar = tar(entries("a.txt", DUMP, "b/une.html", PAGE));
        Path plain = write("bundle.tar", tar);
        Path tgz = write("bundle.tgz", gzip(tar));
        Path targz = write("bundle.tar.gz", gzip(tar));
        Path gz = write("dump.txt.gz", gzip(DUMP.getBytes(StandardCharsets.UTF_8)));
        Archives.Read read = read(plain, tgz, targz, gz);
        assertEquals(List.of(
                plain + "!/a.txt text/plain", plain + "!/b/une.html text/html",
                tgz + "!/a.txt text/plain", tgz + "!/b/une.html text/html",
                targz + "!/a.txt text/plain", targz + "!/b/une.html text/html",
                gz + "!/dump.txt text/plain"), read.summary());
        assertArrayEquals(DUMP.getBytes(StandardCharsets.UTF_8), read.document(gz + "!/dump.txt").bytes());
    }

    @Test
    void nestedContainersAreOpenedToABoundedDepth() throws IOException {
        byte[] inner = zip(entries("a.txt", DUMP));
        Path outer = write("outer.tar.gz", gzip(tar(Map.of("inner.zip", inner))));
        byte[] deep = zip(Map.of("l4.zip", zip(entries("a.txt", DUMP))));
        deep = zip(Map.of("l3.zip", deep));
        Path l1 = write("l1.zip", zip(Map.of("l2.zip", deep)));
        Path gzgz = write("twice.txt.gz.gz", gzip(gzip(DUMP.getBytes(StandardCharsets.UTF_8))));

        Archives.Read read = read(outer, l1, gzgz);

        assertEquals(List.of(outer + "!/inner.zip!/a.txt text/plain",
                l1 + "!/l2.zip!/l3.zip!/l4.zip nesting-too-deep",
                gzgz + "!/twice.txt.gz nesting-too-deep"), read.summary());
    }

    @Test
    void aZipBombIsStoppedAfterAFewBuffersAndTheEntriesBeforeItAreKept() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(entries("a.txt", DUMP));
        entries.put("zeros.txt", new byte[64 << 20]);
        entries.put("after.txt", DUMP.getBytes(StandardCharsets.UTF_8));
        Path bomb = write("bomb.zip", zip(entries));
        assertTrue(Files.size(bomb) < 200_000, "64 MiB of zeros deflate to a few hundred KiB");

        Archives.Read read = read(bomb);

        assertEquals(List.of(bomb + "!/a.txt text/plain", bomb + "!/zeros.txt zip-bomb"), read.summary());
        assertTrue(read.failure(bomb + "!/zeros.txt").message().contains("the rest of " + bomb + " was not read"));
    }

    @Test
    void manySmallBombsEachUnderTheRatioFloorStillMeetTheInputsBudget() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            entries.put("zeros" + i + ".txt", new byte[1 << 20]);
        }
        Path bombs = write("bombs.zip", zip(entries));
        Expander.Limits noAllowance = new Expander.Limits(50L << 20, 3, 100, 0);

        Archives.Read read = read(noAllowance, bombs);

        Item.Failure bomb = (Item.Failure) read.items().get(read.items().size() - 1);
        assertEquals("zip-bomb", bomb.kind(), read.summary().toString());
        assertTrue(bomb.message().contains("over its budget"), bomb.message());
        assertTrue(read.items().size() < 10, read.summary().toString());
    }

    @Test
    void entryNamesAreReportedAsWrittenWithControlCharactersEscaped() throws IOException {
        Path zip = write("tricks.zip", zip(entries("../../etc/evil.txt", DUMP, "/abs/path.txt", DUMP,
                "bad\nname\u202e.txt", DUMP)));
        assertEquals(List.of(zip + "!/../../etc/evil.txt", zip + "!//abs/path.txt", zip + "!/bad\\u000aname\\u202e.txt"),
                read(zip).paths());
        assertTrue(Files.list(dir).count() == 1, "nothing is ever written");
    }

    @Test
    void anEntryOverMaxBytesIsRefusedAloneAndTheNextOneIsRead() throws IOException {
        Path zip = write("big.zip", zip(entries("big.txt", DUMP.repeat(10), "small.txt", "court\n")));
        Path tar = write("big.tar", tar(entries("big.txt", DUMP.repeat(10), "small.txt", "court\n")));
        Archives.Read read = read(new Expander.Limits(100, 3, 100, 256L << 20), zip, tar);
        assertEquals(List.of(zip + "!/big.txt too-large", zip + "!/small.txt text/plain",
                tar + "!/big.txt too-large", tar + "!/small.txt text/plain"), read.summary());
        assertTrue(read.failure(tar + "!/big.txt").message().contains("--max-bytes"));
    }

    @Test
    void anEncryptedEntryIsReportedAndTheOthersAreReadWhenTheStreamCanGoPastIt() throws IOException {
        byte[] stored = storedZip(entries("clair.txt", DUMP, "secret.txt", DUMP, "apres.txt", DUMP));
        markEncrypted(stored, "secret.txt");
        Path sized = write("locked.zip", stored);
        // java.util.zip writes deflated entries' sizes after them: past an encrypted one, a stream cannot go
        byte[] streamed = zip(entries("clair.txt", DUMP, "secret.txt", DUMP, "apres.txt", DUMP));
        markEncrypted(streamed, "secret.txt");
        Path unsized = write("streamed.zip", streamed);

        Archives.Read read = read(sized, unsized);

        assertEquals(List.of(sized + "!/clair.txt text/plain", sized + "!/secret.txt encrypted", sized + "!/apres.txt text/plain",
                unsized + "!/clair.txt text/plain", unsized + "!/secret.txt encrypted"), read.summary());
        assertTrue(read.failure(unsized + "!/secret.txt").message().contains("the rest of " + unsized + " cannot be reached"));
    }

    @Test
    void aTruncatedZipKeepsTheEntriesBeforeTheCut() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.txt", noise(1, 20_000));
        entries.put("b.txt", noise(2, 20_000));
        entries.put("c.txt", noise(3, 20_000));
        byte[] zip = zip(entries);
        Path cut = write("cut.zip", Arrays.copyOf(zip, zip.length * 3 / 4));
        Archives.Read read = read(cut);
        assertEquals(List.of(cut + "!/a.txt text/plain", cut + "!/b.txt text/plain", cut + "!/c.txt truncated"), read.summary());
        String message = read.failure(cut + "!/c.txt").message();
        assertTrue(message.contains("at byte") && message.contains("the 2 entries before were read"), message);
    }

    @Test
    void aMalformedZipKeepsTheEntriesBeforeTheDamage() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.txt", noise(1, 20_000));
        entries.put("b.txt", DUMP.repeat(200).getBytes(StandardCharsets.UTF_8));
        byte[] zip = zip(entries);
        int second = indexOf(zip, "b.txt".getBytes(StandardCharsets.US_ASCII), 100);
        for (int i = second + 40; i < second + 80; i++) {
            zip[i] = (byte) 0xff;
        }
        Path broken = write("broken.zip", zip);
        assertEquals(List.of(broken + "!/a.txt text/plain", broken + "!/b.txt malformed"), read(broken).summary());
    }

    @Test
    void truncatedOrMalformedTarsAndGzipsKeepWhatCameBefore() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.txt", noise(1, 20_000));
        entries.put("b.txt", noise(2, 20_000));
        byte[] tar = tar(entries);
        byte[] tgz = gzip(tar);
        Path cutTgz = write("cut.tar.gz", Arrays.copyOf(tgz, tgz.length * 3 / 4));
        Path cutTar = write("cut.tar", Arrays.copyOf(tar, 30_000));
        byte[] badHeader = tar.clone();
        int second = indexOf(badHeader, "b.txt".getBytes(StandardCharsets.US_ASCII), 512);
        badHeader[second + 148] = 'x'; // the header's checksum
        Path bad = write("bad.tar", badHeader);
        byte[] gz = gzip(noise(4, 50_000));
        Path cutGz = write("cut.txt.gz", Arrays.copyOf(gz, gz.length / 2));

        assertEquals(List.of(
                bad + "!/a.txt text/plain", bad + " malformed",
                cutTar + "!/a.txt text/plain", cutTar + "!/b.txt truncated",
                cutTgz + "!/a.txt text/plain", cutTgz + "!/b.txt truncated",
                cutGz + "!/cut.txt truncated"), read(bad, cutTar, cutTgz, cutGz).summary());
    }

    @Test
    void whatIsNotADocumentIsToldByItsContent() throws IOException {
        Path png = write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path bz2 = write("data.bz2", "BZh91AY&SY".getBytes(StandardCharsets.US_ASCII));
        Path empty = write("empty.txt", new byte[0]);
        Path dump = write("dump.data", DUMP.getBytes(StandardCharsets.UTF_8));
        Path page = write("page", PAGE.getBytes(StandardCharsets.UTF_8));
        Path emptyZip = write("empty.zip", zip(Map.of()));
        Archives.Read read = read(png, bz2, empty, dump, page, emptyZip);
        assertEquals(List.of(png + " unsupported-format", bz2 + " unsupported-format", empty + " null",
                dump + " text/plain", page + " text/html"), read.summary());
        assertEquals("1 empty archive", read.skips().toString());
    }

    @Test
    void linksStoredInATarAreCountedNotRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry link = new TarArchiveEntry("lien.txt", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        }
        Path file = write("links.tar", bytes.toByteArray());
        Archives.Read read = read(file);
        assertEquals(List.of(), read.items());
        assertEquals("1 link or special file in an archive", read.skips().toString());
    }

    /** Text that deflate cannot shrink much, so that a cut lands where the test says. */
    static byte[] noise(long seed, int length) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(random.nextInt(10) == 0 ? '\n' : (char) ('a' + random.nextInt(26)));
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    /** A zip whose entries are stored with their sizes and CRC in their local headers. */
    private static byte[] storedZip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(e.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Sets the "encrypted" flag of an entry in its local header and in the central directory. */
    private static void markEncrypted(byte[] zip, String name) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 4 < zip.length; i++) {
            boolean local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
            boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
            int nameAt = local ? i + 30 : central ? i + 46 : -1;
            if (nameAt > 0 && nameAt + n.length <= zip.length && Arrays.equals(zip, nameAt, nameAt + n.length, n, 0, n.length)) {
                zip[i + (local ? 6 : 8)] |= 1;
            }
        }
    }
}
