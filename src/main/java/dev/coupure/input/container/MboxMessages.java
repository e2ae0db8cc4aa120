package dev.coupure.input.container;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A mailbox: messages one after another, each opened by a "From " envelope line. Each message is a
 * document of type {@code message/rfc822}, reported as {@code box.mbox!/N} (N from 1), without its
 * envelope line and with the {@code >From } quoting of mboxrd undone. Messages are streamed, so a
 * large mailbox is never held in memory; a message over {@code --max-bytes} is refused alone.
 */
final class MboxMessages implements Container {

    static final String MESSAGE = "message/rfc822";

    @Override
    public void read(Piece bundle, Entries entries) throws IOException, InterruptedException {
        InputStream in = bundle.stream();
        skipLine(in);
        for (int n = 1; ; n++) {
            entries.at(bundle.bundlePath() + "!/" + n, -1);
            Message message = new Message(in);
            entries.add(bundle.record(Integer.toString(n), new BufferedInputStream(message), null, null, MESSAGE));
            message.drain();
            if (!message.nextFollows) {
                return;
            }
            skipLine(in);
        }
    }

    private static void skipLine(InputStream in) throws IOException {
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            // the envelope line says nothing the message's own headers do not
        }
    }

    /** One message's bytes: up to the next line that starts with "From ", or the end. */
    private static final class Message extends InputStream {
        private static final byte[] FROM = {'F', 'r', 'o', 'm', ' '};
        /** How many quoting '>' may stand before "From " and still be unquoted. */
        private static final int MAX_QUOTES = 64;

        private final InputStream in;
        private boolean atLineStart = true;
        private boolean ended;
        boolean nextFollows;

        Message(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (ended) {
                return -1;
            }
            if (atLineStart) {
                atLineStart = false;
                int quotes = quotesBeforeFrom();
                if (quotes == 0) {
                    ended = true;
                    nextFollows = true;
                    return -1;
                }
                if (quotes > 0) {
                    in.read();
                }
            }
            int c = in.read();
            if (c < 0) {
                ended = true;
            } else if (c == '\n') {
                atLineStart = true;
            }
            return c;
        }

        /** At a line start: how many '>' stand before "From " (0: a new message starts), or -1 when the line is another. */
        private int quotesBeforeFrom() throws IOException {
            in.mark(MAX_QUOTES + FROM.length);
            try {
                int quotes = 0;
                int c = in.read();
                while (c == '>' && quotes < MAX_QUOTES) {
                    quotes++;
                    c = in.read();
                }
                for (byte b : FROM) {
                    if (c != b) {
                        return -1;
                    }
                    c = in.read();
                }
                return quotes;
            } finally {
                in.reset();
            }
        }

        void drain() throws IOException {
            while (read() >= 0) {
                // to the next envelope line
            }
        }
    }
}
