package dev.coupure.html;

import dev.coupure.doc.Block;
import dev.coupure.doc.DomContext;
import dev.coupure.doc.DomNode;
import dev.coupure.text.Normalizer;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a parsed page into blocks, the way a reader sees it: one block per block-level element,
 * its inline text joined, {@code <br>} starting a new line of the same paragraph, the cells of a
 * table row on one line. What a reader never sees is not text: scripts, styles, templates, form
 * controls, and elements that are {@code hidden} or styled {@code display:none}. Each block keeps
 * its element, ancestry and link density for the classifier.
 */
public final class HtmlBlocks {

    /** Never rendered as text, or only as controls. */
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "select", "option", "optgroup", "textarea", "datalist", "audio",
            "video", "map", "frameset", "noembed", "noframes", "button", "input", "picture", "img", "dialog");

    /** Elements that start and end a line of text. */
    private static final Set<String> BLOCK_LEVEL = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
            "search");

    private static final Set<String> CELLS = Set.of("td", "th");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /**
     * Where attribute values break into words; the hand-written split in {@link #addWords} agrees
     * with it on every value without surrogates. Values with characters beyond the BMP (very rare
     * in class names) still go through it, since its lookbehind sees a lone surrogate there, and
     * their words stay as they were.
     */
    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

    private final Normalizer normalizer = new Normalizer();

    /**
     * The page's blocks in reading order. Never throws: any tree jsoup builds can be cut.
     *
     * @param root the page, or part of it; parsed with source positions, its blocks get their
     *     line in the source, else line 0
     */
    public List<Block> blocks(Element root) {
        Collector collector = new Collector(root.sourceRange().isTracked() ? 1 : 0);
        NodeTraversor.filter(collector, root);
        collector.flush(false);
        return List.copyOf(collector.blocks);
    }

    private final class Collector implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final Map<Element, DomNode> nodes = new IdentityHashMap<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int anchors;
        private int preformatted;
        private Element owner;
        private int line;
        private int paragraph;
        private boolean newParagraph;
        private boolean rowHasCell;

        Collector(int firstLine) {
            line = firstLine;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || isHidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (tag) {
                case "br" -> flush(true);
                case "a" -> anchors++;
                case "pre" -> preformatted++;
                default -> { }
            }
            if (CELLS.contains(tag)) {
                // The cells of a row make one line, as a browser copies a table.
                if (rowHasCell && !text.isEmpty()) {
                    text.append(" \t ");
                }
                rowHasCell = true;
            } else if (BLOCK_LEVEL.contains(tag)) {
                flush(false);
                open.push(e);
                rowHasCell = false;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    anchors--;
                } else if (tag.equals("pre")) {
                    preformatted--;
                }
                if (BLOCK_LEVEL.contains(tag) && !CELLS.contains(tag)) {
                    flush(false);
                    if (!open.isEmpty() && open.peek() == e) {
                        open.pop();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(TextNode t) {
            String s = preformatted > 0 ? t.getWholeText() : t.text();
            if (s.isBlank() && text.isEmpty()) {
                return;
            }
            if (text.isEmpty()) {
                owner = open.isEmpty() ? null : open.peek();
                if (t.sourceRange().isTracked()) {
                    line = t.sourceRange().start().lineNumber();
                }
            }
            if (preformatted > 0 && s.indexOf('\n') >= 0) {
                String[] parts = s.split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        flush(true);
                        owner = open.isEmpty() ? null : open.peek();
                    }
                    append(parts[i]);
                }
                return;
            }
            append(s);
        }

        private void append(String s) {
            text.append(s);
            if (anchors > 0) {
                linkChars += s.strip().length();
            }
        }

        /**
         * Ends the current line as a block. A line break keeps the paragraph; an element boundary
         * starts a new one.
         */
        void flush(boolean lineBreak) {
            // Most element boundaries come with no text since the last one.
            String normalized = text.isEmpty() ? "" : normalizer.normalize(text.toString()).strip();
            if (!normalized.isEmpty()) {
                if (newParagraph && !blocks.isEmpty()) {
                    paragraph++;
                }
                int chars = normalized.length();
                double density = Math.min(1.0, (double) linkChars / chars);
                DomContext dom = owner == null ? null : new DomContext(node(owner), density);
                blocks.add(new Block(line, normalized.replace('\n', ' '), paragraph, dom));
                newParagraph = false;
            } else if (lineBreak && !blocks.isEmpty()) {
                // "<br><br>": an empty line between two lines is a paragraph break.
                newParagraph = true;
            }
            text.setLength(0);
            linkChars = 0;
            if (!lineBreak) {
                newParagraph = true;
            }
        }

        private DomNode node(Element e) {
            DomNode known = nodes.get(e);
            if (known != null) {
                return known;
            }
            Element parentElement = e.parent();
            DomNode parent = parentElement == null ? null : node(parentElement);
            EnumSet<DomNode.Region> regions = EnumSet.noneOf(DomNode.Region.class);
            if (parent != null) {
                regions.addAll(parent.regions());
            }
            List<String> tokens = tokens(e);
            addRegions(e, tokens, regions);
            DomNode n = new DomNode(nodes.size(), e.normalName(), label(e), tokens, regions, parent);
            nodes.put(e, n);
            return n;
        }
    }

    private static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String style = e.attr("style");
        return e.hasAttr("hidden") || !style.isEmpty() && HIDDEN_STYLE.matcher(style).find()
                || e.attr("type").equalsIgnoreCase("hidden");
    }

    private static List<String> tokens(Element e) {
        List<String> tokens = new ArrayList<>();
        if (e.attributesSize() == 0) {
            return tokens;
        }
        for (String attribute : new String[] {"class", "id", "role", "itemprop", "aria-label", "data-component"}) {
            addWords(e.attr(attribute), tokens);
        }
        return tokens;
    }

    /**
     * Adds the words of an attribute value, lower-cased and each once: split at anything not a
     * letter or digit, and at camel-case humps ("shareBar" → share, bar). By hand rather than by
     * {@link #WORD_BREAKS}, which is slow for a step that runs for every element holding text.
     */
    private static void addWords(String value, List<String> tokens) {
        if (hasSurrogate(value)) {
            for (String word : WORD_BREAKS.split(value)) {
                addWord(word, tokens);
            }
            return;
        }
        int start = -1;
        int previousType = -1;
        for (int i = 0; i < value.length(); i++) {
            int type = Character.getType(value.charAt(i));
            if (!isLetterOrNumber(type)) {
                if (start >= 0) {
                    addWord(value.substring(start, i), tokens);
                }
                start = -1;
            } else if (start < 0) {
                start = i;
            } else if (previousType == Character.LOWERCASE_LETTER && type == Character.UPPERCASE_LETTER) {
                addWord(value.substring(start, i), tokens);
                start = i;
            }
            previousType = type;
        }
        if (start >= 0) {
            addWord(value.substring(start), tokens);
        }
    }

    private static boolean hasSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isSurrogate(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void addWord(String word, List<String> tokens) {
        if (!word.isEmpty()) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!tokens.contains(lower)) {
                tokens.add(lower);
            }
        }
    }

    /** The general categories of {@code \p{L}} and {@code \p{N}}. */
    private static boolean isLetterOrNumber(int type) {
        return switch (type) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static void addRegions(Element e, List<String> tokens, Set<DomNode.Region> regions) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        switch (e.normalName()) {
            case "article" -> regions.add(DomNode.Region.ARTICLE);
            case "main" -> regions.add(DomNode.Region.MAIN);
            case "nav" -> regions.add(DomNode.Region.NAV);
            case "aside" -> regions.add(DomNode.Region.ASIDE);
            case "header" -> regions.add(DomNode.Region.HEADER);
            case "footer" -> regions.add(DomNode.Region.FOOTER);
            case "form" -> regions.add(DomNode.Region.FORM);
            case "figure" -> regions.add(DomNode.Region.FIGURE);
            case "ul", "ol", "dl", "menu" -> regions.add(DomNode.Region.LIST);
            case "table" -> regions.add(DomNode.Region.TABLE);
            case "blockquote" -> regions.add(DomNode.Region.QUOTE);
            case "pre" -> regions.add(DomNode.Region.PRE);
            default -> { }
        }
        switch (role) {
            case "main" -> regions.add(DomNode.Region.MAIN);
            case "navigation", "menu", "menubar" -> regions.add(DomNode.Region.NAV);
            case "complementary" -> regions.add(DomNode.Region.ASIDE);
            case "banner" -> regions.add(DomNode.Region.HEADER);
            case "contentinfo" -> regions.add(DomNode.Region.FOOTER);
            case "article" -> regions.add(DomNode.Region.ARTICLE);
            default -> { }
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody") || tokens.contains("articlebody")) {
            regions.add(DomNode.Region.ARTICLE_BODY);
        }
    }

    private static String label(Element e) {
        String id = e.id();
        if (!id.isEmpty() && id.length() <= 40) {
            return e.normalName() + "#" + id;
        }
        String classes = e.className().strip();
        if (!classes.isEmpty()) {
            int space = classes.indexOf(' ');
            return e.normalName() + "." + (space < 0 ? classes : classes.substring(0, space));
        }
        return e.normalName();
    }
}
