package dev.coupure.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RoleKeywordsTest {

    private static final RoleKeywords ROLES = new RoleKeywords(List.of(
            new RoleKeywords.Keyword("publie", DateRole.PUBLISHED), new RoleKeywords.Keyword("posted", DateRole.PUBLISHED),
            new RoleKeywords.Keyword("mis a jour", DateRole.MODIFIED)));

    @Test
    void readsAKeywordBeforeAByline() {
        String t = "publie par jean dupont, le 17 janvier";
        assertEquals(DateRole.PUBLISHED, ROLES.roleBefore(t, t.indexOf("17")));
        String u = "posted by admin on 17 january";
        assertEquals(DateRole.PUBLISHED, ROLES.roleBefore(u, u.indexOf("17")));
        String none = "publie parjean le 17 janvier";
        assertEquals(DateRole.NONE, ROLES.roleBefore(none, none.indexOf("17")));
    }

    @Test
    void thePreCheckLooksOnlyInsideTheWindow() {
        assertTrue(RoleKeywords.mayHoldByline("x par y", 0, 7));
        assertFalse(RoleKeywords.mayHoldByline("x par y", 0, 5));
        assertFalse(RoleKeywords.mayHoldByline("x par y", 2, 7));
        assertFalse(RoleKeywords.mayHoldByline("x parmi y", 0, 9));
    }

    /** The old rule ran the expression on every window: the pre-check may say no only where it finds nothing. */
    @Property(tries = 3000)
    void thePreCheckSaysNoOnlyWhereTheExpressionFindsNothing(@ForAll("foldedLines") String t) {
        int from = Math.max(0, t.length() - RoleKeywords.BYLINE_WINDOW);
        Matcher m = ROLES.bylineBefore.matcher(t).region(from, t.length()).useTransparentBounds(true);
        if (m.find()) {
            assertTrue(RoleKeywords.mayHoldByline(t, from, t.length()), t);
        }
    }

    @Provide
    Arbitrary<String> foldedLines() {
        return Arbitraries.of("publie", "posted by ", "mis a jour par ", " ", " ", "par", "by", "jean", "dupont", ",", " le", "on",
                "x", "1", "(").list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
