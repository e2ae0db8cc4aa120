package dev.coupure.flink;

import dev.coupure.input.Item;
import dev.coupure.input.RawDocument;

/**
 * What the source gives: a document to process, or an input (or an entry of one) that failed
 * already, at its place in input order. A Flink POJO (records of strings, bytes and instants), so
 * that Flink serializes it without Kryo.
 *
 * @param position the top-level input's ordinal in the high 32 bits, the item's index within it in the low
 * @param document the document, or null
 * @param failure why there is no document, or null
 */
public record Input(long position, RawDocument document, Item.Failure failure) {

    static Input of(long position, Item item) {
        return item instanceof Item.Document d ? new Input(position, d.document(), null)
                : new Input(position, null, (Item.Failure) item);
    }

    Item item() {
        return document != null ? new Item.Document(document) : failure;
    }

    /** The position of the {@code index}th item of the top-level input {@code ordinal}: input order is their order. */
    static long position(long ordinal, int index) {
        return ordinal << 32 | Integer.toUnsignedLong(index);
    }
}
