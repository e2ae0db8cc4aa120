package dev.coupure.input;

/** What reading the inputs gives, one at a time and in input order: a document to process, or an input that failed. */
public sealed interface Item {

    /** The path an error record or an article record will carry. */
    String path();

    record Document(RawDocument document) implements Item {
        @Override
        public String path() {
            return document.path();
        }
    }

    /** @param kind the error kind (docs/record.md lists them) @param message for a person, starting with the path */
    record Failure(String path, String kind, String message) implements Item {
    }

    /** Takes the items as they are read; may block, so that only a window of documents is in memory. */
    @FunctionalInterface
    interface Sink {
        void accept(Item item) throws InterruptedException;
    }

    /** Reads inputs and hands their items to a sink, in order. */
    @FunctionalInterface
    interface Source {
        void readInto(Sink sink) throws InterruptedException;
    }
}
