package dev.coupure.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorsTest {

    @Test
    void aConjunctionMakesAListEvenWithOneWordParts() {
        assertEquals(List.of("Claire Vautrin", "Malo Kerbrat", "AFP"), Authors.names("Claire Vautrin et Malo Kerbrat, AFP"));
        assertEquals(List.of("Anna Fink", "Jan Roth", "dpa"), Authors.names("Anna Fink und Jan Roth, dpa"));
        assertEquals(List.of("Ingrid Holm", "Per Dahl"), Authors.names("Ingrid Holm og Per Dahl"));
    }

    @Test
    void withoutAConjunctionASurnameFirstNameStaysWhole() {
        assertEquals(List.of("Dupont, Jean"), Authors.names("Dupont, Jean"));
        assertEquals(List.of("Jean Dupont", "Marie Leroy"), Authors.names("Jean Dupont, Marie Leroy"));
    }

    @Test
    void semicolonsAlwaysSeparate() {
        assertEquals(List.of("srf/abc", "xyz"), Authors.names("srf/abc;xyz"));
    }

    @Test
    void newsroomInitialsAndCjkJobTitlesAreNotPartOfTheName() {
        assertEquals(List.of("Elena Roth"), Authors.names("Elena Roth (ero)"));
        assertEquals(List.of("Luc Perrin"), Authors.names("Luc Perrin (lpe.)"));
        assertEquals(List.of("김민수"), Authors.names("김민수 기자"));
        // An organization's name in brackets is not a newsroom's initials.
        assertEquals(List.of("Jean Dupont (AFP)"), Authors.names("Jean Dupont (AFP)"));
    }

    @Test
    void slugsLinksAddressesAndBracketedNotesAreNotNames() {
        assertEquals(List.of(), Authors.names("jean-dupont"));
        assertEquals(List.of(), Authors.names("https://www.example.org/auteurs/jean-dupont"));
        assertEquals(List.of(), Authors.names("jean.dupont@example.org"));
        assertEquals(List.of(), Authors.names("(Image: Agence Photo)"));
    }

    @Test
    void byPrefixIsDroppedButNotASurnameParticle() {
        assertEquals(List.of("Marie Leroy"), Authors.names("Par Marie Leroy"));
        assertEquals(List.of("von der Leyen"), Authors.names("von der Leyen"));
    }
}
