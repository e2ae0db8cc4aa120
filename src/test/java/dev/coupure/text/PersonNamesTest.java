package dev.coupure.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    private static final PersonNames NAMES = PersonNames.load();

    @Test
    void aLineOfNamesSplitsIntoPeople() {
        assertEquals(List.of("Anna Fink", "Jan Marchart"), NAMES.splitNames("Anna Fink, Jan Marchart"));
        assertEquals(List.of("Jean Dupont", "Marie Curie"), NAMES.splitNames("Jean Dupont et Marie Curie"));
        assertEquals(List.of("Marie Le Goff"), NAMES.splitNames("Marie Le Goff."));
        assertEquals(List.of("Pierre de Villiers"), NAMES.splitNames("Pierre de Villiers"));
    }

    @Test
    void separatorsBeforeTheFirstNameDoNotMatter() {
        assertEquals(List.of("Marie Le Goff"), NAMES.splitNames(", Marie Le Goff"));
    }

    @Test
    void anythingElseIsNoName() {
        assertEquals(List.of(), NAMES.splitNames("par Jean Dupont"));
        assertEquals(List.of(), NAMES.splitNames("Le ministre a parlé"));
        assertEquals(List.of(), NAMES.splitNames("Jean"));
        assertEquals(List.of(), NAMES.splitNames("Jean Dupont 2024"));
        assertEquals(List.of(), NAMES.splitNames("et Jean Dupont"));
        assertEquals(List.of(), NAMES.splitNames(""));
        assertEquals(List.of(), NAMES.splitNames(" ; "));
    }
}
