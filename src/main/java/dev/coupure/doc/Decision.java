package dev.coupure.doc;

/**
 * The classifier's verdict on one block, with the reason a person can check.
 *
 * @param block the block
 * @param label what the block is
 * @param kind which kind of furniture (ad-marker, share-widget, image-caption, credit, ...): set for
 *     boilerplate, captions and credits, and for datelines matched by the lexicon ("Publié le"); else null
 * @param reason why, in a few words
 */
public record Decision(Block block, Label label, String kind, String reason) {

    public Decision relabel(Label newLabel, String newKind, String newReason) {
        return new Decision(block, newLabel, newKind, newReason);
    }
}
