package dev.coupure.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import dev.coupure.text.ResourceLines;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Identifies the language of a text among every language Lingua knows and every script that names one
 * language, or among the candidates the user names. A script that names one language decides alone
 * ({@code script-languages.tsv}); otherwise {@link TrigramProfiles} ranks the languages of the text's
 * script, and its best stands when {@link Calibration} says its margin is clear enough; if not, Lingua
 * decides among the best three, so only the models of languages that come up ever load. The confidence is a
 * probability of being right, read from {@link Calibration}; below its threshold the answer is null.
 * Thread-safe.
 */
public final class LanguageIdentifier {

    /** Lingua reads n-grams: a few thousand characters decide as well as a whole article. */
    private static final int SAMPLE_CHARS = 1000;
    /**
     * How many of the first pass's best languages Lingua decides between. On Lingua's own test sentences
     * the right language is among the first pass's best three for 99.5 % of single sentences and all but
     * a few in a thousand of three-sentence texts; more candidates cost Lingua time and models.
     */
    private static final int CANDIDATES = 3;

    private static final Map<UnicodeScript, String> SCRIPT_LANGUAGES = scriptLanguages();
    private static final Map<Language, String> REPORTED = reportedCodes();
    /** {@link #REPORTED} by Lingua's lower-case code: asked for every ranked language of every text. */
    private static final Map<String, String> REPORTED_BY_LINGUA_CODE = byLinguaCode(REPORTED);

    /**
     * Loaded on first use, or ahead of it by {@link #warmUp()}; never for a run that processes nothing (an
     * unchanged refresh) nor for {@link #supportedCodes()}.
     */
    private static final class Tables {
        static final TrigramProfiles PROFILES = TrigramProfiles.load();
        static final Calibration CALIBRATION = Calibration.load();
    }

    /** Reported codes allowed; the profile codes (Lingua's) allowed. */
    private final Set<String> allowed;
    private final Set<String> allowedProfiles;
    /** Non-null when the user named a single language: then every text with letters is in it. */
    private final String only;
    private final CandidateDetectors detectors = new CandidateDetectors();

    /**
     * What a text shows before calibration: the language, how it was decided, and how clearly.
     *
     * @param margin the lead over the runner-up, in the method's own unit (1 when nothing competed)
     * @param letters letters in the sample read
     * @param scriptShare the share of those letters in the text's main script
     */
    record Evidence(String code, Method method, double margin, int letters, double scriptShare) {
    }

    /** How a language was decided. */
    enum Method {
        /** A script that names one language. */
        SCRIPT,
        /** The first pass alone, its margin clear enough; the margin is in mean log probability per trigram. */
        PROFILE,
        /** Lingua among the first pass's candidates. */
        LINGUA,
        /** The one candidate the user allowed for the text's script (or languages under one reported code). */
        ONLY_CANDIDATE
    }

    private LanguageIdentifier(Set<String> allowed, String only) {
        this.allowed = allowed;
        this.only = only;
        Set<String> profiles = new TreeSet<>();
        for (Map.Entry<Language, String> e : REPORTED.entrySet()) {
            if (allowed.contains(e.getValue())) {
                profiles.add(linguaCode(e.getKey()));
            }
        }
        this.allowedProfiles = Set.copyOf(profiles);
    }

    /** Every code Coupure can report, sorted: Lingua's languages and the scripts that name one. */
    public static List<String> supportedCodes() {
        Set<String> codes = new TreeSet<>(REPORTED.values());
        codes.addAll(SCRIPT_LANGUAGES.values());
        return List.copyOf(codes);
    }

    /** Every supported language. */
    public static LanguageIdentifier all() {
        return new LanguageIdentifier(Set.copyOf(supportedCodes()), null);
    }

    /**
     * @param isoCodes ISO 639-1 codes; a single one means every text is in that language
     * @throws IllegalArgumentException naming a code Coupure does not know
     */
    public static LanguageIdentifier forLanguages(List<String> isoCodes) {
        Set<String> supported = Set.copyOf(supportedCodes());
        Set<String> codes = new LinkedHashSet<>();
        for (String given : isoCodes) {
            String code = reported(given.strip().toLowerCase(Locale.ROOT));
            if (!supported.contains(code)) {
                throw new IllegalArgumentException("unknown language code '" + given + "' (ISO 639-1 expected, one of "
                        + String.join(", ", supportedCodes()) + ")");
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("give at least one language, e.g. --languages fr,en");
        }
        return new LanguageIdentifier(Set.copyOf(codes), codes.size() == 1 ? codes.iterator().next() : null);
    }

    /** Loads the first pass's tables on a background thread, so that their cost overlaps the pipeline's start. */
    public static void warmUp() {
        Thread t = new Thread(() -> Objects.requireNonNull(Tables.PROFILES), "coupure-language-warm-up");
        t.setDaemon(true);
        t.start();
    }

    public LanguageGuess identify(String text) {
        Evidence evidence = evidence(text);
        if (evidence == null) {
            return LanguageGuess.UNKNOWN;
        }
        if (only != null) {
            return new LanguageGuess(only, 1.0);
        }
        double p = Tables.CALIBRATION.probability(evidence);
        return p < Tables.CALIBRATION.threshold() ? LanguageGuess.UNKNOWN
                : new LanguageGuess(evidence.code(), Math.round(p * 1000) / 1000.0);
    }

    /**
     * The uncalibrated reading of a text; null when it names no allowed language. The first pass decides
     * alone when the calibration says its margin is enough; otherwise Lingua decides among its best.
     */
    Evidence evidence(String text) {
        Reading reading = new Reading(text);
        Evidence first = reading.evidence(false);
        if (first == null || first.method() != Method.PROFILE || Tables.CALIBRATION.decides(first)) {
            return first;
        }
        return reading.evidence(true);
    }

    /** The script's or the first pass's answer, never Lingua's. */
    Evidence firstPass(String text) {
        return new Reading(text).evidence(false);
    }

    /** The script's or Lingua's answer among the first pass's best, never the first pass's alone. */
    Evidence lingua(String text) {
        return new Reading(text).evidence(true);
    }

    /** A text's sample, its scripts and the first pass's ranking, read once for both kinds of answer. */
    private final class Reading {
        private final String sample;
        private final ScriptCensus census;
        private final UnicodeScript script;
        private List<TrigramProfiles.Score> ranked;

        Reading(String text) {
            this.sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
            this.census = ScriptCensus.of(sample);
            this.script = census.dominant();
        }

        Evidence evidence(boolean useLingua) {
            if (script == null) {
                return null;
            }
            int letters = census.letters();
            double share = census.share(script);
            if (only != null) {
                return new Evidence(only, Method.ONLY_CANDIDATE, 1, letters, share);
            }
            String byScript = SCRIPT_LANGUAGES.get(script == UnicodeScript.HAN ? census.hanWritingSystem() : script);
            if (byScript != null) {
                return allowed.contains(byScript) ? new Evidence(byScript, Method.SCRIPT, 1, letters, share) : null;
            }
            if (ranked == null) {
                ranked = Tables.PROFILES.rank(sample, script, allowedProfiles, CANDIDATES);
            }
            if (ranked.isEmpty()) {
                return null;
            }
            String best = reported(ranked.get(0).language());
            TrigramProfiles.Score runnerUp = null;
            for (TrigramProfiles.Score score : ranked) {
                if (!reported(score.language()).equals(best)) {
                    runnerUp = score;
                    break;
                }
            }
            if (runnerUp == null) {
                return new Evidence(best, Method.ONLY_CANDIDATE, 1, letters, share);
            }
            if (!useLingua) {
                return new Evidence(best, Method.PROFILE, ranked.get(0).perTrigram() - runnerUp.perTrigram(), letters,
                        share);
            }
            Set<Language> candidates = EnumSet.noneOf(Language.class);
            ranked.forEach(r -> candidates.add(Language.getByIsoCode639_1(IsoCode639_1.valueOf(
                    r.language().toUpperCase(Locale.ROOT)))));
            return linguaEvidence(detectors.values(sample, candidates), letters, share);
        }
    }

    /**
     * Lingua's values are each language's log-likelihood relative to the best one's (the best is 1): the
     * runner-up under another reported code sets the margin. Bokmål against Nynorsk is no margin.
     */
    private static Evidence linguaEvidence(SortedMap<Language, Double> values, int letters, double share) {
        String best = null;
        double runnerUp = 0;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            String code = REPORTED.get(e.getKey());
            if (best == null) {
                best = code;
            } else if (!code.equals(best)) {
                runnerUp = e.getValue();
                break;
            }
        }
        return best == null ? null : new Evidence(best, Method.LINGUA, 1 - runnerUp, letters, share);
    }

    private static String linguaCode(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** The code Coupure reports for a Lingua code or a code the user gave. */
    static String reported(String code) {
        return REPORTED_BY_LINGUA_CODE.getOrDefault(code, code);
    }

    private static Map<Language, String> reportedCodes() {
        Map<String, String> aliases = new HashMap<>();
        for (String line : ResourceLines.read(LanguageIdentifier.class, "reported-codes.tsv")) {
            String[] f = line.split("\t");
            aliases.put(f[0], f[1]);
        }
        Map<Language, String> reported = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (language != Language.UNKNOWN) {
                String code = linguaCode(language);
                reported.put(language, aliases.getOrDefault(code, code));
            }
        }
        return reported;
    }

    private static Map<String, String> byLinguaCode(Map<Language, String> reported) {
        Map<String, String> map = new HashMap<>();
        reported.forEach((language, code) -> map.put(linguaCode(language), code));
        return Map.copyOf(map);
    }

    private static Map<UnicodeScript, String> scriptLanguages() {
        Map<UnicodeScript, String> map = new EnumMap<>(UnicodeScript.class);
        for (String line : ResourceLines.read(LanguageIdentifier.class, "script-languages.tsv")) {
            String[] f = line.split("\t");
            map.put(UnicodeScript.valueOf(f[0]), f[1]);
        }
        return map;
    }
}
