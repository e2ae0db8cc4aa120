package dev.coupure.clean;

import dev.coupure.text.Line;

/**
 * The classifier's verdict on one line, with the reason a person can check.
 *
 * @param line the line
 * @param label what the line is
 * @param kind which kind of furniture (ad-marker, share-widget, image-caption, credit, ...): set for
 *     boilerplate, captions and credits, and for datelines matched by the lexicon ("Publié le"); else null
 * @param reason why, in a few words
 */
public record Decision(Line line, Label label, String kind, String reason) {

    public Decision relabel(Label newLabel, String newKind, String newReason) {
        return new Decision(line, newLabel, newKind, newReason);
    }
}
