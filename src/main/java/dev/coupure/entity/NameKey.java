package dev.coupure.entity;

/**
 * A loose spelling key for names, so that transliterations of the same name compare equal:
 * "Massoud"/"Masoud", "Sergueï"/"Sergei"/"Sergey", "Poutine"/"Putin", "Loukachenko"/"Lukashenko",
 * "Michoustine"/"Mishustin", "Zelensky"/"Zelenskyy"/"Zelenskiy", "Netanyahou"/"Netanyahu".
 * It works on folded text (no accents, lower case) and maps French, English and German
 * transliteration habits onto one spelling: ou→u, ch/sch→sh, kh→h, gue/gui→ge/gi, y→i, w→v,
 * ph→f, q→k, ck→k, doubled letters single, a final mute e dropped, a final -re read as -er.
 */
final class NameKey {

    private NameKey() {
    }

    static String of(String folded) {
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else if ((c == ' ' || c == '-') && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        String s = b.toString().strip();
        s = s.replace("tsch", "ch").replace("sch", "sh").replace("tch", "ch").replace("ch", "sh").replace("kh", "h")
                .replace("ou", "u").replace("gue", "ge").replace("gui", "gi").replace("dj", "j").replace('y', 'i')
                .replace('w', 'v').replace("ph", "f").replace("ck", "k").replace('q', 'k').replace("zh", "j");
        StringBuilder out = new StringBuilder(s.length());
        for (String word : s.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            StringBuilder w = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (w.length() == 0 || w.charAt(w.length() - 1) != c) {
                    w.append(c);
                }
            }
            int len = w.length();
            if (len > 4 && w.charAt(len - 1) == 'e' && w.charAt(len - 2) == 'r') {
                w.setCharAt(len - 2, 'e');
                w.setCharAt(len - 1, 'r');
            } else if (len > 4 && w.charAt(len - 1) == 'e') {
                w.setLength(len - 1);
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.toString();
    }
}
