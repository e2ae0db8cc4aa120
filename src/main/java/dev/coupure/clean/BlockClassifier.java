package dev.coupure.clean;

import dev.coupure.doc.Label;
import dev.coupure.doc.Decision;
import dev.coupure.doc.Block;
import dev.coupure.doc.DomContext;
import dev.coupure.doc.DomNode;
import dev.coupure.text.PersonNames;
import java.util.Arrays;
import java.util.HashSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels every line of a dump: features, then a body probability per line, then the main-text
 * region, then labels that use the line's place (header zone above the text, footer zone below
 * it, zones opened by "Lire aussi" or "Commentaires" headings). Every decision carries its
 * reason, so that each removal can be explained.
 */
public final class BlockClassifier {

    /** Evidence a zone heading ("Lire aussi", "Commentaires") weighs against extending the text over it. */
    private static final double ZONE_HEADING_EVIDENCE = -25;
    private static final int SUBHEADING_MAX_WORDS = 16;
    private static final int RELATED_LOOKAHEAD = 8;
    private static final int COMMENTS_LOOKAHEAD = 12;
    private static final int SPLIT_BYLINE_MAX_WORDS = 8;
    /** The bullets and dashes that open a list item. */
    private static final String BULLETS = "-–—•*+·▪►✓";
    /** A bullet, dash or number opening a list item ("- ", "• ", "+ ", "3. ", "2) "). */
    static final Pattern LIST_ITEM = Pattern.compile("([" + BULLETS + "]\\s|\\d{1,2}[.)]\\s)");
    private static final int RELATED_MIN_HEADLINES = 3;
    /** The elements that hold one item of a list or one row of a table (not a {@code div} laid out inside a list). */
    private static final Set<String> ITEM_TAGS = Set.of("li", "dt", "dd", "tr");

    private final FeatureExtractor extractor;
    private final LineModel model;
    private final LinePatterns patterns;
    private final HeaderReader header;
    private final DomEvidence dom;

    BlockClassifier(FeatureExtractor extractor, LineModel model, LinePatterns patterns, HeaderReader header,
            DomEvidence dom) {
        this.extractor = extractor;
        this.model = model;
        this.patterns = patterns;
        this.header = header;
        this.dom = dom;
    }

    public static BlockClassifier standard(LinePatterns patterns, PersonNames names) {
        Lexicon lexicon = Lexicon.load();
        Stopwords stopwords = Stopwords.load();
        return new BlockClassifier(new FeatureExtractor(lexicon, stopwords, patterns), LineModel.load(), patterns,
                new HeaderReader(patterns, names), DomEvidence.load());
    }

    public List<Decision> classify(List<Block> lines) {
        DocumentFeatures doc = extractor.extract(lines);
        List<LineFeatures> features = doc.lines();
        int n = features.size();
        double[] probability = new double[n];
        for (int i = 0; i < n; i++) {
            probability[i] = model.bodyProbability(features.get(i), doc.hasStopwordList());
        }
        DomEvidence.Verdict[] structure = dom.assess(features, probability);
        String[] hardKind = new String[n];
        String[] hardReason = new String[n];
        double[] evidence = new double[n];
        for (int i = 0; i < n; i++) {
            LineFeatures f = features.get(i);
            hardKind[i] = hardKind(f);
            if (structure != null) {
                probability[i] = LineModel.shift(probability[i], structure[i].logit());
                if (hardKind[i] == null && structure[i].kind() != null) {
                    hardKind[i] = structure[i].kind();
                    hardReason[i] = structure[i].reason();
                }
            }
            evidence[i] = evidence(f, hardKind[i], probability[i]);
        }
        MainText.Region region = wholeElements(features, MainText.locate(evidence, barriers(features)));
        boolean[] besideText = besideText(features, hardKind, probability);

        Decision[] decisions = new Decision[n];
        for (int i = 0; i < n; i++) {
            decisions[i] = region.contains(i)
                    ? inside(features, i, hardKind[i], hardReason[i], probability, besideText[i])
                    : outside(features.get(i), hardKind[i], hardReason[i], i < region.start() ? "page-header" : "page-footer",
                            i < region.start() ? "before the main text" : "after the main text");
        }
        // The headline first: a "Latest" or "Kommentare" entry in a menu above it must not hide it in its zone.
        header.read(doc, decisions, region.isEmpty() ? n : region.start(), probability);
        markZones(features, decisions, region);
        markSplitBylines(features, decisions);
        markLede(decisions, region);
        return List.of(decisions);
    }

    /**
     * The region grown to whole elements of a page: the lines a {@code <br>} separates within one
     * paragraph element are read together, and the text does not stop in the middle of one. A
     * dump's paragraphs are only blank-line runs, which a page's menu can share with its text.
     */
    private static MainText.Region wholeElements(List<LineFeatures> features, MainText.Region region) {
        if (region.isEmpty() || features.get(region.start()).block().dom() == null) {
            return region;
        }
        int start = region.start();
        while (start > 0 && features.get(start - 1).block().paragraph() == features.get(start).block().paragraph()) {
            start--;
        }
        int end = region.end();
        while (end + 1 < features.size() && features.get(end + 1).block().paragraph() == features.get(end).block().paragraph()) {
            end++;
        }
        return new MainText.Region(start, end);
    }

    /**
     * Lines of a page that share their paragraph element with a line of prose: a {@code <br>}
     * list of short facts ("+ Added a block", "Tél. : 03 …") under a sentence is part of it.
     */
    private static boolean[] besideText(List<LineFeatures> features, String[] hardKind, double[] probability) {
        int n = features.size();
        boolean[] beside = new boolean[n];
        for (int i = 0; i < n; ) {
            int paragraph = features.get(i).block().paragraph();
            int end = i;
            boolean prose = false;
            while (end < n && features.get(end).block().paragraph() == paragraph) {
                prose |= probability[end] >= 0.5 && hardKind[end] == null;
                end++;
            }
            for (int j = i; j < end; j++) {
                beside[j] = prose && end - i > 1 && features.get(j).block().dom() != null;
            }
            i = end;
        }
        return beside;
    }

    /**
     * Lines that cut the article: a comments heading ends it; a related-links heading followed
     * by a list of headlines interrupts it. An inline "Lire aussi" with one link is no barrier.
     */
    private MainText.Barrier[] barriers(List<LineFeatures> features) {
        MainText.Barrier[] barrier = new MainText.Barrier[features.size()];
        Arrays.fill(barrier, MainText.Barrier.NONE);
        for (int i = 0; i < features.size(); i++) {
            var match = features.get(i).lexicon();
            if (match.isEmpty() || !match.get().opensZone()) {
                continue;
            }
            if (match.get().kind().equals("comment-form")) {
                barrier[i] = commentsFollow(features, i) ? MainText.Barrier.HARD : MainText.Barrier.SOFT;
                continue;
            }
            int headlines = 0;
            for (int j = i + 1; j < Math.min(features.size(), i + 1 + RELATED_LOOKAHEAD); j++) {
                LineFeatures f = features.get(j);
                if (f.wordCount() >= 3 && f.weight() <= 20 && !f.endsSentence() || f.block().text().endsWith("?")) {
                    headlines++;
                }
            }
            if (headlines >= RELATED_MIN_HEADLINES) {
                barrier[i] = MainText.Barrier.SOFT;
            }
        }
        return barrier;
    }

    /**
     * A comments heading ends the article for good when comment furniture follows it (reply and
     * report buttons, name and e-mail fields, a captcha, a date under a commenter's name).
     * Otherwise ("12 comments" next to the byline, a table column named "Comment") it only
     * interrupts the text, like a related-links box.
     */
    private boolean commentsFollow(List<LineFeatures> features, int heading) {
        for (int j = heading + 1; j < Math.min(features.size(), heading + 1 + COMMENTS_LOOKAHEAD); j++) {
            LineFeatures f = features.get(j);
            boolean furniture = f.lexicon().map(m -> m.kind().equals("comment-form")).orElse(false);
            if (furniture || "captcha".equals(f.pattern()) || patterns.isDateline(f.block().text(), f.words())) {
                return true;
            }
        }
        return false;
    }

    /** Kinds that are furniture wherever they stand. */
    private static String hardKind(LineFeatures f) {
        if (f.pattern() != null) {
            return f.pattern();
        }
        if (f.lexicon().isPresent()) {
            return f.lexicon().get().kind();
        }
        if (f.duplicateOf() >= 0) {
            return "duplicate";
        }
        if (f.interfaceRatio() >= 0.6 && f.wordCount() >= 2 && !f.endsSentence()) {
            return "navigation";
        }
        return null;
    }

    private static double evidence(LineFeatures f, String hardKind, double probability) {
        if (f.lexicon().isPresent() && f.lexicon().get().opensZone()) {
            return ZONE_HEADING_EVIDENCE;
        }
        double size = Math.max(1, Math.min(f.weight(), 120));
        if (hardKind != null) {
            return -(2 + 0.5 * size);
        }
        return (probability - 0.5) * 2 * size;
    }

    private Decision inside(List<LineFeatures> features, int i, String hardKind, String hardReason,
            double[] probability, boolean besideText) {
        LineFeatures f = features.get(i);
        Block line = f.block();
        DomContext dom = line.dom();
        // Code and verbatim text repeat lines and read as no prose; only the structure can name it furniture.
        if (dom != null && dom.in(DomNode.Region.PRE) && hardReason == null) {
            return new Decision(line, Label.BODY, null, "preformatted text inside the text");
        }
        if (hardKind != null) {
            return hard(f, hardKind, hardReason);
        }
        if (dom != null && dom.headingLevel() >= 2 && f.weight() <= SUBHEADING_MAX_WORDS * 2) {
            return new Decision(line, Label.SUBHEADING, null, "a heading (" + dom.tag() + ") inside the text");
        }
        // A table-layout page puts its byline in a row of the text's table; a row that merely
        // holds a date stays in the text (a schedule is content).
        if (dom != null && dom.linkDensity() < 0.5 && (dom.in(DomNode.Region.LIST) || dom.in(DomNode.Region.TABLE))
                && ITEM_TAGS.contains(dom.tag())) {
            return patterns.bylineName(line.text(), f.wordCount()).isPresent()
                    ? new Decision(line, Label.BYLINE, null, "byline")
                    : new Decision(line, Label.BODY, null, "a list item or table row inside the text");
        }
        if (f.echoOf() >= 0) {
            return echoCaption(line);
        }
        if (isTeaserQuestion(features, i, probability)) {
            return new Decision(line, Label.BOILERPLATE, "related-link",
                    "a lone question inside text that has no paragraph spacing: an inserted link to another story");
        }
        if (probability[i] >= 0.5) {
            return new Decision(line, Label.BODY, null, "prose (p=" + twoDecimals(probability[i]) + ")");
        }
        Decision frame = bylineOrDateline(f);
        if (frame != null) {
            return frame;
        }
        if (mayOpenListItem(line.text()) && LIST_ITEM.matcher(line.text()).lookingAt()) {
            return new Decision(line, Label.BODY, null, "list item inside the text");
        }
        if (besideText) {
            return new Decision(line, Label.BODY, null, "a line of a paragraph whose other lines are prose");
        }
        if (isSubheading(features, i, probability)) {
            return new Decision(line, Label.SUBHEADING, null, "short heading between paragraphs");
        }
        if (i > 0 && i + 1 < features.size() && probability[i - 1] >= 0.5 && probability[i + 1] >= 0.5
                && hardKind(features.get(i - 1)) == null && hardKind(features.get(i + 1)) == null) {
            return new Decision(line, Label.BODY, null, "short line between two paragraphs");
        }
        return new Decision(line, Label.BOILERPLATE, "interstitial",
                "short non-prose line inside the text (p=" + twoDecimals(probability[i]) + ")");
    }

    /**
     * A short question line between prose lines, in a dump that lost its blank lines. Such a
     * dump cannot show a heading's spacing, and a question headline there is most often a teaser
     * the page inserted; where blank lines survive, questions between paragraphs are headings.
     */
    /**
     * Whether the line opens with a bullet or a digit, as every list item {@link #LIST_ITEM} reads
     * does: most lines that get this far open with a letter, and are spared the expression.
     */
    static boolean mayOpenListItem(String text) {
        return !text.isEmpty() && (BULLETS.indexOf(text.charAt(0)) >= 0 || text.charAt(0) >= '0' && text.charAt(0) <= '9');
    }

    private static boolean isTeaserQuestion(List<LineFeatures> features, int i, double[] probability) {
        LineFeatures f = features.get(i);
        String text = f.block().text();
        boolean unspaced = features.get(features.size() - 1).block().paragraph() == 0;
        boolean quoted = "\"«“'".indexOf(text.charAt(0)) >= 0;
        return unspaced && !quoted && text.endsWith("?") && f.wordCount() <= SUBHEADING_MAX_WORDS
                && i > 0 && i + 1 < features.size() && probability[i - 1] >= 0.5 && probability[i + 1] >= 0.5
                && features.get(i - 1).wordCount() > SUBHEADING_MAX_WORDS && features.get(i + 1).wordCount() > SUBHEADING_MAX_WORDS;
    }

    private static boolean isSubheading(List<LineFeatures> features, int i, double[] probability) {
        LineFeatures f = features.get(i);
        String text = f.block().text();
        if (f.wordCount() < 2 || f.weight() > SUBHEADING_MAX_WORDS
                || f.endsSentence() && !text.endsWith("?") && !text.endsWith(":")) {
            return false;
        }
        boolean bodyAfter = i + 1 < features.size() && probability[i + 1] >= 0.5 && features.get(i + 1).lexicon().isEmpty();
        boolean bodyBefore = i > 0 && probability[i - 1] >= 0.5;
        return bodyAfter && (bodyBefore || i == 0 || features.get(i - 1).lexicon().isPresent());
    }

    private Decision outside(LineFeatures f, String hardKind, String hardReason, String zone, String reason) {
        if (hardKind != null) {
            return hard(f, hardKind, hardReason);
        }
        Decision frame = bylineOrDateline(f);
        if (frame != null) {
            return frame;
        }
        if (f.echoOf() >= 0) {
            return echoCaption(f.block());
        }
        return new Decision(f.block(), Label.BOILERPLATE, zone, reason);
    }

    /** "Par Jean Dupont", "Publié le 17/01/2025 à 10h32": the lines that frame an article, wherever they stand; else null. */
    private Decision bylineOrDateline(LineFeatures f) {
        if (patterns.bylineName(f.block().text(), f.wordCount()).isPresent()) {
            return new Decision(f.block(), Label.BYLINE, null, "byline");
        }
        if (patterns.isDateline(f.block().text(), f.words())) {
            return new Decision(f.block(), Label.DATELINE, null, "a date and little else");
        }
        return null;
    }

    private static Decision echoCaption(Block line) {
        return new Decision(line, Label.CAPTION, "image-caption", "repeats a neighbouring line, as a caption and its credit do");
    }

    /** A furniture decision; the reason is the structure's when the page structure named the kind. */
    private static Decision hard(LineFeatures f, String kind, String structureReason) {
        String reason = structureReason != null ? structureReason : switch (kind) {
            case "separator" -> "no letters or digits";
            case "captcha" -> "arithmetic spam check";
            case "source-line" -> "source link";
            case "url" -> "a bare link";
            case "credit" -> "photo credit";
            case "image-caption" -> "ends with a photo credit";
            case "duplicate" -> "repeats line " + f.block().number() + "'s text seen earlier";
            case "navigation" -> "menu words";
            default -> "web phrase \"" + f.lexicon().map(Lexicon.Match::phrase).orElse(kind) + "\"";
        };
        Label label = switch (kind) {
            case "credit" -> Label.CREDIT;
            case "image-caption" -> Label.CAPTION;
            case "dateline" -> Label.DATELINE;
            default -> Label.BOILERPLATE;
        };
        return new Decision(f.block(), label, kind, reason);
    }

    /**
     * After a "Lire aussi" or "Commentaires" heading, the short lines that follow are that zone's
     * links or comment furniture, not text, until prose resumes.
     */
    private static void markZones(List<LineFeatures> features, Decision[] decisions, MainText.Region region) {
        for (int i = 0; i < features.size(); i++) {
            var match = features.get(i).lexicon();
            if (match.isEmpty() || !match.get().opensZone()) {
                continue;
            }
            String zoneKind = match.get().kind().equals("related") ? "related-link" : match.get().kind();
            for (int j = i + 1; j < features.size(); j++) {
                Decision d = decisions[j];
                if (d.label() == Label.BODY && region.contains(j) && features.get(j).endsSentence()) {
                    break;
                }
                if (d.label().inBody() || d.label() == Label.BOILERPLATE && d.kind() != null
                        && (d.kind().startsWith("page-") || d.kind().equals("interstitial"))) {
                    decisions[j] = d.relabel(Label.BOILERPLATE, zoneKind,
                            "under the \"" + features.get(i).block().text() + "\" heading (line " + features.get(i).block().number() + ")");
                }
            }
        }
    }

    /** "von" alone on a line, the author's name on the next: both are the byline. */
    private void markSplitBylines(List<LineFeatures> features, Decision[] decisions) {
        for (int i = 0; i + 1 < features.size(); i++) {
            LineFeatures next = features.get(i + 1);
            // the next line's features first: they are read, the byline word is matched
            if (next.wordCount() <= SPLIT_BYLINE_MAX_WORDS && !next.endsSentence()
                    && patterns.isBylinePrefix(features.get(i).block().text())
                    && Character.isUpperCase(next.block().text().codePointAt(0))) {
                decisions[i] = decisions[i].relabel(Label.BYLINE, null, "byline word alone, the names on the next line");
                decisions[i + 1] = decisions[i + 1].relabel(Label.BYLINE, null, "names after a byline word");
            }
        }
    }

    private static boolean hasTitle(Decision[] decisions) {
        for (Decision d : decisions) {
            if (d.label() == Label.TITLE) {
                return true;
            }
        }
        return false;
    }

    /** The lede: the first paragraph of the text when it stands alone right under the title. */
    private static void markLede(Decision[] decisions, MainText.Region region) {
        if (region.isEmpty() || !hasTitle(decisions)) {
            return;
        }
        int first = -1;
        for (int i = region.start(); i <= region.end(); i++) {
            if (decisions[i].label() == Label.BODY) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return;
        }
        Set<Integer> paragraphsAfter = new HashSet<>();
        for (int i = first + 1; i <= region.end(); i++) {
            if (decisions[i].label().inBody()) {
                paragraphsAfter.add(decisions[i].block().paragraph());
            }
        }
        boolean standsAlone = !paragraphsAfter.contains(decisions[first].block().paragraph()) && !paragraphsAfter.isEmpty();
        if (standsAlone) {
            decisions[first] = decisions[first].relabel(Label.LEDE, null, "first paragraph under the title");
        }
    }

    /**
     * A probability as {@code %.2f} writes it, rounded half up: every body line's reason has one,
     * and {@link String#format} costs more than the rest of the line's decision.
     */
    static String twoDecimals(double p) {
        // Rounded from the digits Double.toString writes, as BigDecimal.valueOf reads them, without making one.
        String digits = Double.toString(p);
        int dot = digits.indexOf('.');
        if (p < 0 || dot < 0 || digits.indexOf('E') >= 0) {
            return BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        long hundredths = Long.parseLong(digits, 0, dot, 10) * 100 + digitAt(digits, dot + 1) * 10 + digitAt(digits, dot + 2);
        if (digitAt(digits, dot + 3) >= 5) {
            hundredths++;
        }
        long cents = hundredths % 100;
        return hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
    }

    /** The digit at {@code i}, 0 past the end. */
    private static int digitAt(String digits, int i) {
        return i < digits.length() ? digits.charAt(i) - '0' : 0;
    }
}
