package dev.coupure.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.doc.Declared;
import dev.coupure.doc.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

    private static Document page(String... sourceValue) {
        List<Declared> declared = new ArrayList<>();
        for (int i = 0; i < sourceValue.length; i += 2) {
            declared.add(new Declared(Declared.Field.TITLE, sourceValue[i + 1], sourceValue[i]));
        }
        return new Document(Document.HTML, "UTF-8", 0, List.of(), declared, List.of());
    }

    private static final SiteNames SITE = new SiteNames(List.of("Le Courrier de l'Estuaire"), "courrier-estuaire.example");

    @Test
    void theMostTrustedSourceWinsWithoutTheSiteName() {
        Headlines.Choice c = Headlines.choose(page("og:title", "Un budget adopté de justesse | Le Courrier de l'Estuaire",
                "json-ld:headline", "Un budget adopté de justesse"), SITE, null);
        assertEquals("Un budget adopté de justesse", c.title());
        assertEquals("json-ld:headline", c.source());
    }

    @Test
    void aKickerOrASectionThatAnotherSourceLeavesOffIsDropped() {
        Headlines.Choice kicker = Headlines.choose(page("json-ld:headline", "Nantes : le pont fermé trois semaines",
                "og:title", "Le pont fermé trois semaines"), SITE, null);
        assertEquals("Le pont fermé trois semaines", kicker.title());
        assertEquals("og:title", kicker.source());
        Headlines.Choice section = Headlines.choose(page("json-ld:headline", "Le pont fermé trois semaines | Nantes",
                "og:title", "Le pont fermé trois semaines"), SITE, null);
        assertEquals("Le pont fermé trois semaines", section.title());
    }

    @Test
    void framingNeedsAJointAndAWholeHeadline() {
        assertTrue(Headlines.isFramed("Eskalation im Nahen Osten - «Die Lage ist ernst»", "«Die Lage ist ernst»"));
        assertFalse(Headlines.isFramed("Le pont fermé trois semaines", "fermé trois semaines"));
        assertFalse(Headlines.isFramed("Nantes : le pont fermé", "le pont"));
    }

    @Test
    void aTemplateFragmentIsSkippedForTheNextSource() {
        Headlines.Choice c = Headlines.choose(page("microdata:headline", "… les riverains inquiets",
                "og:title", "Le pont fermé trois semaines - Le Courrier de l'Estuaire"), SITE, null);
        assertEquals("Le pont fermé trois semaines", c.title());
    }

    @Test
    void aBareSectionTitleLosesToTheVisibleHeadline() {
        assertNull(Headlines.choose(page("html:title", "Actualités | Le Courrier de l'Estuaire"), SITE,
                "Le pont fermé trois semaines"));
    }

    @Test
    void umlautsAreSpeltAsTheHostSpellsThem() {
        SiteNames sites = new SiteNames(List.of(), "www.boersen-zeitung.de");
        assertEquals("Steigende Zinsen setzen Dax zu", sites.strip("Steigende Zinsen setzen Dax zu | Börsen-Zeitung"));
    }
}
