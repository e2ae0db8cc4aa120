package dev.coupure.text;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String FRENCH = "Le président s’est rendu à l’Élysée très tôt : « un cœur battant pour l’État »,"
            + " a-t-il dit… Coût : 12 € — une première.";

    private final Decoder decoder = new Decoder();

    // ---------------------------------------------------------------- charsets

    @Test
    void utf8WithoutBom() throws Exception {
        Decoded d = decoder.decode(FRENCH.getBytes(UTF_8));
        assertEquals(FRENCH, d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(0, d.repairedMojibake());
    }

    @Test
    void utf8BomIsStrippedNotKept() throws Exception {
        Decoded d = decoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH.getBytes(UTF_8)));
        assertEquals(FRENCH, d.text());
        assertEquals("UTF-8", d.charset());
        assertFalse(d.text().startsWith("\uFEFF"));
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        String text = "Élysée, très, cœur, l’État\n« Nord-Coréens » 🇫🇷";
        Decoded d = decoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(UTF_16LE)));
        assertEquals(text, d.text());
        assertEquals("UTF-16LE", d.charset());
        assertEquals(0, d.repairedMojibake());
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        String text = "Élysée, très, cœur, l’État\n« Nord-Coréens » 🇫🇷";
        Decoded d = decoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(UTF_16BE)));
        assertEquals(text, d.text());
        assertEquals("UTF-16BE", d.charset());
    }

    @Test
    void utf16WithoutBomIsRefusedAsBinary() {
        // Documented: NUL bytes without a byte-order mark mean binary (or BOM-less UTF-16).
        assertThrows(Decoder.NotTextException.class, () -> decoder.decode("Bonjour".getBytes(UTF_16LE)));
    }

    @Test
    void windows1252FrenchIncludingBytes80To9F() throws Exception {
        String text = "Élysée, très, cœur, l’État";
        byte[] bytes = text.getBytes(CP1252);
        // ’ is 0x92 and œ is 0x9C in Windows-1252: a Latin-1 reading would make C1 controls of them.
        assertTrue(contains(bytes, 0x92) && contains(bytes, 0x9C));
        Decoded d = decoder.decode(bytes);
        assertEquals(text, d.text());
        assertEquals("windows-1252", d.charset());
        assertEquals(0, d.repairedMojibake());
    }

    @Test
    void windows1252LongerArticleText() throws Exception {
        Decoded d = decoder.decode(FRENCH.getBytes(CP1252));
        assertEquals(FRENCH, d.text());
        assertEquals("windows-1252", d.charset());
    }

    @Test
    void latin1IsReadAsWindows1252() throws Exception {
        String text = "Noël à Montréal : il fait -5 °C ; ça gèle, déclare Françoise Lefèvre.";
        Decoded d = decoder.decode(text.getBytes(ISO_8859_1));
        assertEquals(text, d.text());
        assertEquals("windows-1252", d.charset());
    }

    @Test
    void mostlyUtf8WithOneWindows1252ByteComesOutWhole() throws Exception {
        // A UTF-8 dump with one stray Windows-1252 apostrophe: the file is read as Windows-1252,
        // which turns its UTF-8 parts into mojibake, and the repair gives them back.
        byte[] bytes = concat("L’Élysée a confirmé la visite".getBytes(UTF_8), " de l".getBytes(UTF_8),
                new byte[] {(byte) 0x92}, "État.".getBytes(CP1252));
        Decoded d = decoder.decode(bytes);
        assertEquals("L’Élysée a confirmé la visite de l’État.", d.text());
        assertEquals("windows-1252", d.charset());
        assertEquals(4, d.repairedMojibake()); // ’, É, é, é
    }

    @Test
    void emptyInput() throws Exception {
        Decoded d = decoder.decode(new byte[0]);
        assertEquals("", d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(0, d.repairedMojibake());
    }

    @Test
    void binaryInputWithNulBytesIsNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThrows(Decoder.NotTextException.class, () -> decoder.decode(png));
    }

    @Test
    void textWithANulByteIsNotText() {
        byte[] bytes = concat("Le président a dit".getBytes(UTF_8), new byte[] {0}, " bonjour".getBytes(UTF_8));
        Decoder.NotTextException e = assertThrows(Decoder.NotTextException.class, () -> decoder.decode(bytes));
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    }

    // ---------------------------------------------------------------- mojibake repair

    @Test
    void repairsApostropheMojibake() throws Exception {
        Decoded d = decoder.decode("La Russie et lâ€™Iran".getBytes(UTF_8));
        assertEquals("La Russie et l’Iran", d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(1, d.repairedMojibake());
    }

    @Test
    void repairsAccentMojibake() throws Exception {
        Decoded d = decoder.decode("Ã©tÃ©".getBytes(UTF_8));
        assertEquals("été", d.text());
        assertEquals(2, d.repairedMojibake());
    }

    @Test
    void repairsGuillemetsAndNoBreakSpaces() throws Exception {
        // « diktat » with no-break spaces, as UTF-8 read as Windows-1252.
        Decoded d = decoder.decode("le Â«Â\u00A0diktatÂ\u00A0Â» de lâ€™Occident".getBytes(UTF_8));
        assertEquals("le «\u00A0diktat\u00A0» de l’Occident", d.text());
        assertEquals(5, d.repairedMojibake());
    }

    @Test
    void repairsAGraveBeforeASpaceAndCedilla() throws Exception {
        // "à" is C3 A0: its second byte reads as a no-break space.
        Decoded d = decoder.decode("Vladimir Poutine a reÃ§u son homologue Ã\u00A0 Moscou".getBytes(UTF_8));
        assertEquals("Vladimir Poutine a reçu son homologue à Moscou", d.text());
        assertEquals(2, d.repairedMojibake());
    }

    @Test
    void repairsCurlyQuotesDashesEuroAndEllipsis() throws Exception {
        String original = "“Nous restons prudents” – 1,7 milliard d’€… — a-t-il ajouté";
        Decoded d = decoder.decode(mojibake(original).getBytes(UTF_8));
        assertEquals(original, d.text());
    }

    @Test
    void repairsEmojiAndByteOrderMark() throws Exception {
        Decoded flag = decoder.decode("Allez les Bleus ðŸ‡«ðŸ‡· !".getBytes(UTF_8));
        assertEquals("Allez les Bleus 🇫🇷 !", flag.text());
        assertEquals(2, flag.repairedMojibake());
        Decoded bom = decoder.decode("ï»¿Titre de l’article".getBytes(UTF_8));
        assertEquals("\uFEFFTitre de l’article", bom.text());
        assertEquals(1, bom.repairedMojibake());
    }

    @Test
    void repairsMojibakeAfterAUtf8Bom() throws Exception {
        Decoded d = decoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "SÃ©curitÃ© : lâ€™alerte".getBytes(UTF_8)));
        assertEquals("Sécurité : l’alerte", d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(3, d.repairedMojibake());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sécurité\u00A0»", // é + NBSP + » is valid UTF-8 for U+983B when read back as bytes
        "à€",
        "café »",
        "À « l’État » déjà ; Noël à 5 °C, n° 12",
        "le mot de passe « ouvert », dit-il, est « inédit »…",
        "SÃO PAULO — L’ÂGE D’OR",
        "São Paulo, João, Ângela",
        "Étés «\u00A0à\u00A0»",
        "naïve café — “quoted” ‘text’",
        "Über, Ärger, Öl",
        "ÉTÉ » et ÉTÉ\u00A0»",
        "Ô combien « mémorable » !",
    })
    void genuineTextIsLeftAlone(String text) throws Exception {
        Decoded d = decoder.decode(text.getBytes(UTF_8));
        assertEquals(text, d.text());
        assertEquals(0, d.repairedMojibake());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CET ÉTÉ… ET APRÈS ?", "LIBERTÉ…", "Ç’a été un choc pour tout le monde"})
    void genuineFrenchCapitalsBeforeEllipsisOrApostropheAreLeftAlone(String text) throws Exception {
        Decoded d = decoder.decode(text.getBytes(UTF_8));
        assertEquals(text, d.text());
        assertEquals(0, d.repairedMojibake());
    }

    @Test
    void repairsGuillemetsWhoseNoBreakSpacesBecamePlainSpaces() throws Exception {
        Decoded d = decoder.decode("Â«Â diktatÂ Â»".getBytes(UTF_8));
        assertFalse(d.text().contains("Â"), d.text());
        assertEquals("« diktat »", new Normalizer().normalize(d.text()));
    }

    // ---------------------------------------------------------------- properties

    /** Genuine UTF-8 text is decoded as is and never "repaired". */
    @Property(tries = 1000)
    void genuineUtf8IsNeverRepaired(@ForAll("genuineFrench") String s) throws Exception {
        Decoded d = decoder.decode(s.getBytes(UTF_8));
        assertEquals(s, d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(0, d.repairedMojibake());
    }

    /** Legacy French pages: Windows-1252 bytes come out as the text they encode. */
    @Property(tries = 500)
    void windows1252FrenchDecodes(@ForAll("genuineFrench1252") String tail) throws Exception {
        String s = "Élysée : " + tail; // É before a letter: never valid UTF-8, so the fallback is taken
        Decoded d = decoder.decode(s.getBytes(CP1252));
        assertEquals(s, d.text());
        assertEquals("windows-1252", d.charset());
        assertEquals(0, d.repairedMojibake());
    }

    /** UTF-8 read as Windows-1252 and saved as UTF-8 again comes back exactly, one repair per character. */
    @Property(tries = 1000)
    void mojibakeIsRepaired(@ForAll("repairable") String s) throws Exception {
        Decoded d = decoder.decode(mojibake(s).getBytes(UTF_8));
        assertEquals(s, d.text());
        assertEquals(s.codePoints().filter(c -> c > 0x7F).count(), d.repairedMojibake());
    }

    private static final String FRENCH_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ";
    private static final String PUNCTUATION = " .,;:!?'\"()-/%&«»’‘“”–—…€°§\u00A0";

    @Provide
    Arbitrary<String> genuineFrench() {
        List<Integer> chars = codePoints(FRENCH_LETTERS + PUNCTUATION + "\u202F");
        Arbitrary<Integer> cp = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.of(chars)),
                Tuple.of(1, Arbitraries.of(0x1F600, 0x1F1EB, 0x1F1F7, 0x1F44D, 0x1F30D)));
        return strings(cp, 60).filter(s -> !mojibakeShaped(s));
    }

    @Provide
    Arbitrary<String> genuineFrench1252() {
        return strings(Arbitraries.of(codePoints(FRENCH_LETTERS + PUNCTUATION)), 60).filter(s -> !mojibakeShaped(s));
    }

    /**
     * Characters the repair is documented to take: two-byte U+00A0..U+017F and ƒ, three-byte
     * U+2000..U+214F and U+FEFF, four-byte emoji U+1F000..U+1FAFF; plus ASCII, which mojibake
     * leaves as is. "Â" before a space is left out: in mojibake'd text it is read as the remains of
     * a no-break space.
     */
    @Provide
    Arbitrary<String> repairable() {
        Arbitrary<Integer> cp = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(4, Arbitraries.integers().between(0xA0, 0x17F)),
                Tuple.of(3, Arbitraries.of(codePoints("éèàçôœ’«»“”–—…€\u00A0"))),
                Tuple.of(2, Arbitraries.integers().between(0x2000, 0x214F)),
                Tuple.of(1, Arbitraries.of(0xFEFF, 0x1F000, 0x1FAFF)),
                Tuple.of(1, Arbitraries.integers().between(0x1F300, 0x1F64F)));
        return strings(cp, 40).filter(s -> !s.contains("Â "));
    }

    private static Arbitrary<String> strings(Arbitrary<Integer> codePoints, int maxSize) {
        return codePoints.list().ofMaxSize(maxSize).map(list -> {
            StringBuilder sb = new StringBuilder();
            list.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    private static List<Integer> codePoints(String s) {
        List<Integer> out = new ArrayList<>();
        s.codePoints().forEach(out::add);
        return out;
    }

    /**
     * Two-character shapes that are also what UTF-8 read as Windows-1252 looks like, so that no
     * repair can tell them from mojibake: a capital Â..È before a Windows-1252 character of the
     * bytes 0x80..0xBF, É before 0x80..0x8F, and â before € ‚ ƒ „ … (U+2000..). A superset of what
     * the repair takes since it was narrowed to U+00A0..U+017F (see the genuine-capitals test).
     */
    static boolean mojibakeShaped(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            int next = cp1252Byte(s.charAt(i + 1));
            if (c >= 'Â' && c <= 'È' && next >= 0x80 && next <= 0xBF
                    || c == 'É' && next >= 0x80 && next <= 0x8F
                    || c == 'â' && next >= 0x80 && next <= 0x85) {
                return true;
            }
        }
        return false;
    }

    private static int cp1252Byte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        CharsetEncoder encoder = CP1252.newEncoder();
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(String.valueOf(c)));
            return b.get(0) & 0xFF;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    /**
     * UTF-8 bytes read as Windows-1252, the way browsers do it (the WHATWG encoding): the five
     * bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as the C1 controls
     * of the same number, so that "”" (E2 80 9D) or "Í" (C3 8D) survive the round trip.
     */
    static String mojibake(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(UTF_8)) {
            String c = new String(new byte[] {b}, CP1252);
            sb.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return sb.toString();
    }

    @Test
    void mojibakeHelperMatchesJavasWindows1252ForDefinedBytes() {
        assertEquals("lâ€™Iran", mojibake("l’Iran"));
        assertEquals("Ã©tÃ©", mojibake("été"));
        assertEquals(new String("Noël, l’État".getBytes(UTF_8), CP1252), mojibake("Noël, l’État"));
        assertEquals("Ã\u008D", mojibake("Í"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] bytes, int b) {
        for (byte x : bytes) {
            if ((x & 0xFF) == b) {
                return true;
            }
        }
        return false;
    }
}
