package dev.coupure.clean;

import dev.coupure.doc.Label;
import dev.coupure.doc.Decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.coupure.text.Normalizer;
import dev.coupure.text.PersonNames;
import dev.coupure.text.Segmenter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier on hand-written dumps: an invented news article (headline, four prose
 * paragraphs) copied with one kind of page furniture at a realistic place. Every prose paragraph
 * must stay in the text, the headline must be found, and the furniture must be labelled with
 * its kind.
 */
class BlockClassifierTest {

    private static BlockClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = BlockClassifier.standard(LinePatterns.load(), PersonNames.load());
    }

    // ------------------------------------------------------------------ invented articles

    record Article(String title, List<String> paragraphs) {
    }

    static final Article FLOOD = new Article(
            "Crue de la Varenne : trois cents habitants évacués à Saint-Aubin-des-Prés",
            List.of(
                    "La Varenne est sortie de son lit dans la nuit de lundi à mardi, inondant une grande partie du centre de "
                            + "Saint-Aubin-des-Prés. Les pompiers ont évacué près de trois cents habitants, dont une cinquantaine "
                            + "de personnes âgées accueillies dans le gymnase municipal.",
                    "Selon la préfecture, le niveau de la rivière a atteint 4,20 mètres vers trois heures du matin, un record "
                            + "depuis l'hiver 1982. Les routes départementales qui relient la commune aux villages voisins restent "
                            + "fermées à la circulation jusqu'à nouvel ordre.",
                    "« Nous avons vu l'eau monter en moins d'une heure, nous n'avons eu le temps de sauver que les papiers et "
                            + "les photos », raconte une habitante de la rue des Tanneurs, réfugiée chez sa sœur sur les hauteurs "
                            + "de la ville.",
                    "Le maire a annoncé qu'une cellule de crise resterait ouverte toute la semaine et que la commune "
                            + "demanderait la reconnaissance de l'état de catastrophe naturelle. Les écoles du secteur resteront "
                            + "fermées au moins jusqu'à jeudi."));

    static final Article TRAMWAY = new Article(
            "Valmont : le conseil municipal adopte le projet de deuxième ligne de tramway",
            List.of(
                    "Après plus de quatre heures de débats, le conseil municipal de Valmont a adopté jeudi soir le tracé de la "
                            + "deuxième ligne de tramway, qui reliera la gare au nouveau quartier des Tilleuls d'ici à la fin de "
                            + "l'année 2029.",
                    "Le projet, estimé à 310 millions d'euros, prévoit quatorze stations sur neuf kilomètres. L'opposition a "
                            + "dénoncé un budget qu'elle juge sous-évalué et réclamé une consultation des habitants avant le "
                            + "lancement des premiers travaux.",
                    "La majorité a défendu un choix « indispensable » pour désengorger le centre-ville, où la circulation "
                            + "automobile a augmenté de près de douze pour cent en cinq ans selon les chiffres de l'agglomération.",
                    "Les commerçants de l'avenue Gambetta, directement concernés par les travaux, ont obtenu la création d'un "
                            + "fonds d'indemnisation. Ils craignent cependant une baisse de leur chiffre d'affaires pendant les "
                            + "deux années de chantier."));

    static final Article FESTIVAL = new Article(
            "Le festival de musique de Rochemaure annulé à cause d'une grève des techniciens",
            List.of(
                    "Les organisateurs du festival de musique de Rochemaure ont annoncé mercredi l'annulation de l'édition "
                            + "2025, prévue à la fin du mois de juillet. Les techniciens du son et de la lumière, en grève depuis "
                            + "trois semaines, réclament une revalorisation de leurs contrats.",
                    "Près de quarante mille billets avaient déjà été vendus pour les cinq soirées de concerts. Les spectateurs "
                            + "seront remboursés automatiquement dans un délai de trente jours, a précisé l'association qui gère "
                            + "l'événement depuis sa création.",
                    "Le syndicat des techniciens regrette une décision « prise sans dialogue » et affirme qu'un accord était "
                            + "encore possible. La direction du festival assure au contraire avoir proposé une hausse de salaire "
                            + "que les grévistes ont refusée la semaine dernière.",
                    "Pour les commerces et les hôtels de la vallée, l'annulation représente un coup dur. L'office de tourisme "
                            + "estime que le festival génère chaque été près de six millions d'euros de retombées pour la région."));

    static final Article BIKE_LANES = new Article(
            "Port Hadley council approves citywide network of protected bike lanes",
            List.of(
                    "The Port Hadley city council voted seven to two on Tuesday night to build a network of protected bike "
                            + "lanes across the city, ending more than a year of heated debate over parking, traffic and the cost "
                            + "of the plan.",
                    "The first phase, which the council expects to finish by next autumn, will add twelve miles of lanes "
                            + "separated from traffic by concrete curbs along Harbor Road, Elm Street and the busy corridor that "
                            + "leads to the university campus.",
                    "Supporters packed the council chamber for the vote, many of them wearing yellow cycling vests. Several "
                            + "local shop owners spoke against the plan, saying that removing parking spaces in front of their "
                            + "stores would drive customers away.",
                    "The city's transportation director said that traffic studies would be published every six months and "
                            + "that the council could adjust the design of the remaining phases if congestion grew worse than "
                            + "expected."));

    static final Article SHIPWRECK = new Article(
            "Researchers find 19th-century schooner wreck off the Calder Islands",
            List.of(
                    "A team of marine archaeologists has located the wreck of a nineteenth-century cargo schooner in deep "
                            + "water off the Calder Islands, solving a mystery that has puzzled local historians for more than a "
                            + "hundred and fifty years.",
                    "The ship, believed to be the Margaret Ellis, vanished during a winter storm in 1871 while carrying timber "
                            + "and salted fish to the mainland. Its crew of eleven was never found, and no trace of the vessel "
                            + "had been reported since.",
                    "Using a remotely operated vehicle, the researchers filmed the hull resting upright on the sea floor at a "
                            + "depth of about ninety metres. The cold water and low oxygen levels have kept much of the wooden "
                            + "structure in remarkably good condition.",
                    "The team said it had no plans to raise any part of the wreck, which is now protected as a historic site. "
                            + "Divers and fishing boats have been asked to stay away from the area while further surveys are "
                            + "carried out this summer."));

    static final Article DOCK_STRIKE = new Article(
            "Dock workers at Eastmouth begin 48-hour strike over pay",
            List.of(
                    "Hundreds of dock workers at the port of Eastmouth walked off the job early on Monday, beginning a "
                            + "forty-eight hour strike that is expected to delay dozens of container ships and disrupt deliveries "
                            + "to shops across the region.",
                    "The workers' union says its members have not received a real pay rise in four years while the port "
                            + "operator reported record profits last spring. The company has offered a three percent increase, "
                            + "which the union rejected as far too low.",
                    "Shipping companies warned that the stoppage could create a backlog lasting more than a week. Several "
                            + "vessels were already waiting at anchor outside the harbour on Monday afternoon, according to local "
                            + "port authorities.",
                    "Talks between the two sides are scheduled to resume on Thursday. The regional government has urged both "
                            + "parties to reach an agreement quickly, saying that a longer dispute would hurt farmers and "
                            + "manufacturers who rely on the port."));

    // ------------------------------------------------------------------ dumps

    /**
     * A copy-paste dump of an article with furniture inserted: each inserted string is one
     * paragraph (lines inside it separated by "\n"), paragraphs separated by a blank line.
     */
    static final class Dump {
        private final Article article;
        private final List<String> top = new ArrayList<>();
        private final List<String> afterTitle = new ArrayList<>();
        private final Map<Integer, List<String>> afterParagraph = new LinkedHashMap<>();
        private final List<String> end = new ArrayList<>();

        private Dump(Article article) {
            this.article = article;
        }

        static Dump of(Article article) {
            return new Dump(article);
        }

        Dump top(String... paragraphs) {
            top.addAll(List.of(paragraphs));
            return this;
        }

        Dump afterTitle(String... paragraphs) {
            afterTitle.addAll(List.of(paragraphs));
            return this;
        }

        /** After the paragraph at this 0-based index. */
        Dump after(int paragraph, String... paragraphs) {
            afterParagraph.computeIfAbsent(paragraph, k -> new ArrayList<>()).addAll(List.of(paragraphs));
            return this;
        }

        Dump end(String... paragraphs) {
            end.addAll(List.of(paragraphs));
            return this;
        }

        String text() {
            List<String> out = new ArrayList<>(top);
            out.add(article.title());
            out.addAll(afterTitle);
            for (int i = 0; i < article.paragraphs().size(); i++) {
                out.add(article.paragraphs().get(i));
                out.addAll(afterParagraph.getOrDefault(i, List.of()));
            }
            out.addAll(end);
            return String.join("\n\n", out) + "\n";
        }

        Result classify() {
            return new Result(article, BlockClassifierTest.classify(text()));
        }
    }

    static List<Decision> classify(String text) {
        return classifier.classify(new Segmenter().segment(new Normalizer().normalize(text)));
    }

    /** The classifier's decisions on one dump, with assertions that print every decision on failure. */
    record Result(Article article, List<Decision> decisions) {

        String dump() {
            return decisions.stream()
                    .map(d -> String.format("  %3d %-11s %-16s %-45s | %s", d.block().number(), d.label().id(),
                            d.kind() == null ? "-" : d.kind(), abbreviate(d.reason(), 45), abbreviate(d.block().text(), 70)))
                    .collect(Collectors.joining("\n", "\ndecisions:\n", "\n"));
        }

        List<Decision> all(String text) {
            List<Decision> found = decisions.stream().filter(d -> d.block().text().equals(text)).toList();
            if (found.isEmpty()) {
                fail("no line \"" + text + "\" in the dump" + dump());
            }
            return found;
        }

        Decision only(String text) {
            List<Decision> found = all(text);
            assertEquals(1, found.size(), () -> "line \"" + text + "\" should occur once" + dump());
            return found.get(0);
        }

        /** The headline is the title, every paragraph is text. */
        Result articleKept() {
            assertEquals(Label.TITLE, all(article.title()).get(0).label(), () -> "headline not the title" + dump());
            for (String p : article.paragraphs()) {
                Decision d = only(p);
                assertTrue(d.label().inBody(), () -> "prose paragraph labelled " + d.label().id() + ": "
                        + abbreviate(p, 60) + dump());
            }
            return this;
        }

        Result is(String text, Label label, String kind) {
            for (Decision d : all(text)) {
                assertEquals(label, d.label(), () -> "label of \"" + text + "\"" + dump());
                if (kind != null) {
                    assertEquals(kind, d.kind(), () -> "kind of \"" + text + "\"" + dump());
                }
            }
            return this;
        }

        Result boilerplate(String text, String kind) {
            return is(text, Label.BOILERPLATE, kind);
        }

        Result notBody(String text) {
            for (Decision d : all(text)) {
                assertFalse(d.label().inBody(), () -> "\"" + text + "\" kept as text" + dump());
            }
            return this;
        }
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    // ------------------------------------------------------------------ advertising

    @Test
    void adMarkerFrench() {
        Dump.of(FLOOD).after(1, "PUBLICITÉ").after(2, "La suite après cette annonce").classify()
                .articleKept()
                .boilerplate("PUBLICITÉ", "ad-marker")
                .boilerplate("La suite après cette annonce", "ad-marker");
    }

    @Test
    void adMarkerEnglish() {
        Dump.of(BIKE_LANES).after(0, "Advertisement").after(2, "Advertisement").classify()
                .articleKept()
                .boilerplate("Advertisement", "ad-marker");
    }

    // ------------------------------------------------------------------ share widgets

    @Test
    void shareWidgetFrench() {
        Dump.of(TRAMWAY).afterTitle("Partager cet article\nCopier le lien").end("Partager cet article").classify()
                .articleKept()
                .boilerplate("Partager cet article", "share-widget")
                .boilerplate("Copier le lien", "share-widget");
    }

    @Test
    void shareWidgetEnglish() {
        Dump.of(SHIPWRECK).afterTitle("Share this article\nCopy link").classify()
                .articleKept()
                .boilerplate("Share this article", "share-widget")
                .boilerplate("Copy link", "share-widget");
    }

    // ------------------------------------------------------------------ navigation

    @Test
    void navigationMenuFrench() {
        Dump.of(FESTIVAL).top("Accueil Politique Économie Culture Sport").classify()
                .articleKept()
                .boilerplate("Accueil Politique Économie Culture Sport", "navigation");
    }

    @Test
    void breadcrumbTrailFrench() {
        Dump.of(FLOOD).top("Accueil > Régions > Bretagne > Ille-et-Vilaine").classify()
                .articleKept()
                .boilerplate("Accueil > Régions > Bretagne > Ille-et-Vilaine", "navigation");
    }

    @Test
    void navigationMenuEnglish() {
        Dump.of(DOCK_STRIKE).top("Skip to main content", "Home News Business Sport Opinion").classify()
                .articleKept()
                .boilerplate("Skip to main content", "navigation")
                .boilerplate("Home News Business Sport Opinion", "navigation");
    }

    // ------------------------------------------------------------------ previous / next

    private static final String PREVIOUS_FR = "Article précédent\n"
            + "Les vendanges commencent avec deux semaines d'avance dans le Saumurois";
    private static final String NEXT_FR = "Article suivant\nUn nouveau centre de santé ouvre ses portes à Montreuil-Bellay";

    @Test
    void prevNextFrench() {
        Dump.of(FLOOD).end(PREVIOUS_FR, NEXT_FR).classify()
                .articleKept()
                .boilerplate("Article précédent", "prev-next")
                .boilerplate("Article suivant", "prev-next")
                .notBody("Un nouveau centre de santé ouvre ses portes à Montreuil-Bellay");
    }

    @Test
    void prevNextFrenchHeadlineUnderTheMarker() {
        Dump.of(FLOOD).end(PREVIOUS_FR, NEXT_FR).classify()
                .articleKept()
                .notBody("Les vendanges commencent avec deux semaines d'avance dans le Saumurois");
    }

    @Test
    void prevNextEnglish() {
        Dump.of(BIKE_LANES).end("-",
                "PREV Harbor Road bridge to close for repairs in March\nNEXT Local library extends weekend opening hours")
                .classify()
                .articleKept()
                .boilerplate("PREV Harbor Road bridge to close for repairs in March", "prev-next")
                .boilerplate("NEXT Local library extends weekend opening hours", "prev-next");
    }

    // ------------------------------------------------------------------ related links

    @Test
    void relatedLinksFrench() {
        String[] links = {
            "Inondations : comment faire jouer son assurance habitation",
            "Le département débloque une aide d'urgence pour les agriculteurs sinistrés",
            "Météo : la vigilance orange levée dans trois départements de l'Ouest"};
        Result r = Dump.of(FLOOD).end("Lire aussi", links[0], links[1], links[2]).classify()
                .articleKept()
                .boilerplate("Lire aussi", "related");
        for (String link : links) {
            r.boilerplate(link, "related-link");
        }
    }

    @Test
    void sameSectionLinksAndAPaywallNoticeFrench() {
        String[] links = {
            "Crues : la préfecture lève l'alerte rouge sur la Vilaine",
            "Assurances : les sinistrés ont trente jours pour déclarer les dégâts",
            "Agriculture : les maraîchers comptent leurs pertes après les inondations"};
        Result r = Dump.of(FLOOD).after(1, "Il vous reste 62 % de cet article à lire.")
                .end("Dans la même rubrique", links[0], links[1], links[2]).classify()
                .articleKept()
                .boilerplate("Il vous reste 62 % de cet article à lire.", "paywall")
                .boilerplate("Dans la même rubrique", "related");
        for (String link : links) {
            r.boilerplate(link, "related-link");
        }
    }

    @Test
    void relatedLinksEnglish() {
        String[] links = {
            "Divers recover ship's bell from Victorian steamer",
            "How sonar mapping is changing underwater archaeology",
            "Museum unveils restored figurehead after ten-year project"};
        Result r = Dump.of(SHIPWRECK).end("Related stories", links[0], links[1], links[2]).classify()
                .articleKept()
                .boilerplate("Related stories", "related");
        for (String link : links) {
            r.boilerplate(link, "related-link");
        }
    }

    @Test
    void inlineReadAlsoLinkInTheMiddleFrench() {
        String link = "Lire aussi : Inondations : comment faire jouer son assurance habitation";
        Dump.of(FLOOD).after(1, link).classify()
                .articleKept()
                .boilerplate(link, "related");
    }

    @Test
    void inlineReadMoreLinkInTheMiddleEnglish() {
        String link = "Read more: Harbor Road bridge to close for repairs in March";
        Dump.of(BIKE_LANES).after(1, link).classify()
                .articleKept()
                .boilerplate(link, "related");
    }

    // ------------------------------------------------------------------ social

    @Test
    void socialPromoFrench() {
        Dump.of(TRAMWAY).end("Suivez-nous sur Facebook").classify()
                .articleKept()
                .boilerplate("Suivez-nous sur Facebook", "social-promo");
    }

    @Test
    void socialPromoEnglish() {
        Dump.of(DOCK_STRIKE).after(1, "Follow us on Google News").classify()
                .articleKept()
                .boilerplate("Follow us on Google News", "social-promo");
    }

    // ------------------------------------------------------------------ newsletter

    @Test
    void newsletterFrench() {
        Dump.of(FESTIVAL).after(2, "Inscrivez-vous à notre newsletter").classify()
                .articleKept()
                .boilerplate("Inscrivez-vous à notre newsletter", "newsletter");
    }

    @Test
    void newsletterEnglish() {
        Dump.of(SHIPWRECK).end("Sign up for our newsletter").classify()
                .articleKept()
                .boilerplate("Sign up for our newsletter", "newsletter");
    }

    // ------------------------------------------------------------------ cookie consent

    @Test
    void cookieConsentFrench() {
        Dump.of(TRAMWAY).top("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
                "Tout accepter\nTout refuser").classify()
                .articleKept()
                .boilerplate("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "consent")
                .boilerplate("Tout accepter", "consent")
                .boilerplate("Tout refuser", "consent");
    }

    @Test
    void cookieConsentEnglish() {
        Dump.of(BIKE_LANES).top("We use cookies to improve your experience on our site.", "Accept all\nReject all").classify()
                .articleKept()
                .boilerplate("We use cookies to improve your experience on our site.", "consent")
                .boilerplate("Accept all", "consent")
                .boilerplate("Reject all", "consent");
    }

    private static final String LONG_BANNER_FR = "Nous utilisons des cookies et des technologies similaires pour "
            + "améliorer votre expérience de navigation, mesurer l'audience et vous proposer des contenus personnalisés. "
            + "En cliquant sur « Tout accepter », vous consentez à leur utilisation.";
    private static final String LONG_BANNER_EN = "We use cookies and similar technologies to improve your browsing "
            + "experience, analyse our traffic and show you personalised content. By clicking \u201cAccept all\u201d, "
            + "you agree to our use of cookies.";

    @Test
    void longCookieBannerIsNotText() {
        Dump.of(FESTIVAL).top(LONG_BANNER_FR, "Tout accepter\nParamétrer les cookies").classify()
                .articleKept()
                .notBody(LONG_BANNER_FR)
                .boilerplate("Tout accepter", "consent");
        Dump.of(SHIPWRECK).top(LONG_BANNER_EN, "Accept all\nManage cookies").classify()
                .articleKept()
                .notBody(LONG_BANNER_EN)
                .boilerplate("Accept all", "consent");
    }

    @Test
    void longCookieBannerKind() {
        Dump.of(FESTIVAL).top(LONG_BANNER_FR, "Tout accepter\nParamétrer les cookies").classify()
                .boilerplate(LONG_BANNER_FR, "consent");
        Dump.of(SHIPWRECK).top(LONG_BANNER_EN, "Accept all\nManage cookies").classify()
                .boilerplate(LONG_BANNER_EN, "consent");
    }

    @Test
    void adMarkersAtTheTopAndEnd() {
        Dump.of(TRAMWAY).top("PUBLICITÉ").end("Contenu sponsorisé").classify()
                .articleKept()
                .boilerplate("PUBLICITÉ", "ad-marker")
                .boilerplate("Contenu sponsorisé", "ad-marker");
        Dump.of(SHIPWRECK).top("Advertisement").after(1, "Story continues below advertisement").classify()
                .articleKept()
                .boilerplate("Advertisement", "ad-marker")
                .boilerplate("Story continues below advertisement", "ad-marker");
    }

    // ------------------------------------------------------------------ comment forms and captchas

    private static final String NOT_PUBLISHED_FR =
            "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *";
    private static final String NOT_PUBLISHED_EN = "Your email address will not be published. Required fields are marked *";

    @Test
    void commentFormFrench() {
        Dump.of(FLOOD).end("Laisser un commentaire", NOT_PUBLISHED_FR, "Nom\nE-mail\nSite web", "12 + trois =").classify()
                .articleKept()
                .boilerplate("Laisser un commentaire", "comment-form")
                .boilerplate(NOT_PUBLISHED_FR, null)
                .boilerplate("Nom", "comment-form")
                .boilerplate("Site web", "comment-form")
                .boilerplate("12 + trois =", "captcha");
    }

    @Test
    void commentFormEnglish() {
        Dump.of(DOCK_STRIKE).end("Leave a reply", NOT_PUBLISHED_EN, "Name\nEmail\nWebsite", "7 − 2 =").classify()
                .articleKept()
                .boilerplate("Leave a reply", "comment-form")
                .boilerplate(NOT_PUBLISHED_EN, null)
                .boilerplate("Name", "comment-form")
                .boilerplate("Website", "comment-form")
                .boilerplate("7 − 2 =", "captcha");
    }

    @Test
    void commentFormPrivacyNoticeKind() {
        Dump.of(FLOOD).end("Laisser un commentaire", NOT_PUBLISHED_FR).classify()
                .articleKept()
                .boilerplate(NOT_PUBLISHED_FR, "comment-form");
        Dump.of(DOCK_STRIKE).end("Leave a reply", NOT_PUBLISHED_EN).classify()
                .articleKept()
                .boilerplate(NOT_PUBLISHED_EN, "comment-form");
    }

    @Test
    void captchaAloneAfterTheText() {
        Dump.of(FESTIVAL).end("12 + trois =").classify()
                .articleKept()
                .boilerplate("12 + trois =", "captcha");
        Dump.of(SHIPWRECK).end("7 − 2 =").classify()
                .articleKept()
                .boilerplate("7 − 2 =", "captcha");
    }

    // ------------------------------------------------------------------ separators

    @Test
    void separatorsFrench() {
        Dump.of(TRAMWAY).after(0, "-").after(2, "***").classify()
                .articleKept()
                .boilerplate("-", "separator")
                .boilerplate("***", "separator");
    }

    @Test
    void separatorsEnglish() {
        Dump.of(DOCK_STRIKE).after(1, "***").end("-").classify()
                .articleKept()
                .boilerplate("***", "separator")
                .boilerplate("-", "separator");
    }

    // ------------------------------------------------------------------ duplicate title

    @Test
    void duplicateTitleFrench() {
        Result r = Dump.of(FESTIVAL).afterTitle(FESTIVAL.title()).classify().articleKept();
        List<Decision> copies = r.all(FESTIVAL.title());
        assertEquals(2, copies.size());
        assertEquals(Label.TITLE, copies.get(0).label(), r::dump);
        assertEquals(Label.BOILERPLATE, copies.get(1).label(), r::dump);
        assertEquals("duplicate-title", copies.get(1).kind(), r::dump);
    }

    @Test
    void duplicateTitleEnglish() {
        Result r = Dump.of(BIKE_LANES).afterTitle(BIKE_LANES.title(), BIKE_LANES.title()).classify().articleKept();
        List<Decision> copies = r.all(BIKE_LANES.title());
        assertEquals(3, copies.size());
        assertEquals(Label.TITLE, copies.get(0).label(), r::dump);
        for (Decision copy : copies.subList(1, 3)) {
            assertEquals(Label.BOILERPLATE, copy.label(), r::dump);
            assertEquals("duplicate-title", copy.kind(), r::dump);
        }
    }

    // ------------------------------------------------------------------ source lines

    @Test
    void sourceLineFrench() {
        Dump.of(FLOOD).end("Source : https://www.example.fr/article").classify()
                .articleKept()
                .boilerplate("Source : https://www.example.fr/article", "source-line");
    }

    @Test
    void sourceLineEnglish() {
        Dump.of(SHIPWRECK).end("Source: https://www.example.com/news/2025/01/17/schooner-wreck").classify()
                .articleKept()
                .boilerplate("Source: https://www.example.com/news/2025/01/17/schooner-wreck", "source-line");
    }

    // ------------------------------------------------------------------ photo credits and captions

    @Test
    void photoCreditFrenchIsRemoved() {
        Dump.of(FLOOD).afterTitle("Photo : AFP").classify()
                .articleKept()
                .notBody("Photo : AFP");
    }

    @Test
    void photoCreditFrench() {
        Dump.of(FLOOD).afterTitle("Photo : AFP").classify()
                .articleKept()
                .is("Photo : AFP", Label.CREDIT, "credit");
    }

    @Test
    void photoCreditEnglish() {
        Dump.of(DOCK_STRIKE).afterTitle("John Smith/Reuters").classify()
                .articleKept()
                .is("John Smith/Reuters", Label.CREDIT, "credit");
    }

    @Test
    void captionWithCreditFrench() {
        String caption = "Des habitants quittent le centre-ville en barque, mardi matin. Photo : Julien Morel / AFP";
        Dump.of(FLOOD).afterTitle(caption).classify()
                .articleKept()
                .is(caption, Label.CAPTION, "image-caption");
    }

    @Test
    void captionWithACreditAfterABarFrench() {
        String caption = "Des habitants quittent le centre-ville en barque, mardi matin. | OUEST-FRANCE";
        Dump.of(FLOOD).afterTitle(caption).classify()
                .articleKept()
                .is(caption, Label.CAPTION, "image-caption");
    }

    @Test
    void feedbackWidgetFrench() {
        Dump.of(FLOOD).end("Votre avis nous intéresse", "Cet article vous a-t-il été utile ?", "Oui", "Non").classify()
                .articleKept()
                .boilerplate("Cet article vous a-t-il été utile ?", "share-widget")
                .boilerplate("Oui", "share-widget");
    }

    @Test
    void captionWithCreditEnglish() {
        String caption = "Cyclists ride along a temporary lane on Elm Street on Tuesday. (Picture: Getty)";
        Dump.of(BIKE_LANES).afterTitle(caption).classify()
                .articleKept()
                .is(caption, Label.CAPTION, "image-caption");
    }

    @Test
    void captionWithCreditInTheMiddle() {
        String caption = "The remotely operated vehicle is lowered from the research ship. Photo: Calder Maritime Trust";
        Dump.of(SHIPWRECK).after(1, caption).classify()
                .articleKept()
                .is(caption, Label.CAPTION, "image-caption");
    }

    // ------------------------------------------------------------------ bylines and datelines

    @Test
    void bylineFrench() {
        Dump.of(TRAMWAY).afterTitle("Par Marie Dubois").classify()
                .articleKept()
                .is("Par Marie Dubois", Label.BYLINE, null);
    }

    @Test
    void bylineEnglish() {
        Dump.of(SHIPWRECK).afterTitle("By John Smith").classify()
                .articleKept()
                .is("By John Smith", Label.BYLINE, null);
    }

    static final Article BUS_STRIKE = new Article(
            "Grève des bus à Valmont : le réseau perturbé jusqu'à la fin de la semaine",
            List.of(
                    "Les conducteurs du réseau de bus de Valmont ont cessé le travail lundi matin à l'appel de deux "
                            + "syndicats, qui réclament des effectifs supplémentaires et une meilleure prise en compte des "
                            + "horaires de nuit.",
                    "Selon la direction du réseau, à peine un bus sur trois circulait en début d'après-midi. Les lignes qui "
                            + "desservent les lycées et l'hôpital ont été maintenues en priorité, avec des passages toutes les "
                            + "quarante minutes.",
                    "« Nous avons prévenu la direction depuis des mois, mais rien n'a bougé », explique un conducteur "
                            + "présent devant le dépôt des Tilleuls, où une centaine de grévistes s'étaient rassemblés dans la "
                            + "matinée."));

    @Test
    void bylineAboveADatelineUnderAProseLikeHeadline() {
        Dump.of(BUS_STRIKE).afterTitle("Par Jean Dupont", "Publié le 17/01/2025 à 10h32").classify()
                .articleKept()
                .is("Par Jean Dupont", Label.BYLINE, null)
                .notBody("Publié le 17/01/2025 à 10h32");
    }

    @Test
    void datelineUnderAProseLikeHeadline() {
        Dump.of(BUS_STRIKE).afterTitle("Par Jean Dupont", "Publié le 17/01/2025 à 10h32").classify()
                .articleKept()
                .is("Publié le 17/01/2025 à 10h32", Label.DATELINE, null);
    }

    @Test
    void bylineRightAboveTheTextUnderAProseLikeHeadline() {
        Dump.of(BUS_STRIKE).afterTitle("Par Jean Dupont").classify()
                .articleKept()
                .is("Par Jean Dupont", Label.BYLINE, null);
    }

    @Test
    void loneAuthorNameAboveTheTitleFrench() {
        Dump.of(FESTIVAL).top("Claire Martin").classify()
                .articleKept()
                .is("Claire Martin", Label.BYLINE, null);
    }

    @Test
    void loneAuthorNameAboveTheTitleEnglish() {
        Dump.of(DOCK_STRIKE).top("Emily Carter").classify()
                .articleKept()
                .is("Emily Carter", Label.BYLINE, null);
    }

    @Test
    void datelineFrench() {
        Dump.of(FLOOD).afterTitle("Par Marie Dubois", "Publié le 17/01/2025 à 10h32").classify()
                .articleKept()
                .is("Par Marie Dubois", Label.BYLINE, null)
                .is("Publié le 17/01/2025 à 10h32", Label.DATELINE, null);
    }

    @Test
    void datelineEnglish() {
        Dump.of(BIKE_LANES).afterTitle("By John Smith", "Published January 17, 2025 at 10:32 a.m.").classify()
                .articleKept()
                .is("By John Smith", Label.BYLINE, null)
                .is("Published January 17, 2025 at 10:32 a.m.", Label.DATELINE, null);
    }

    // ------------------------------------------------------------------ subheadings

    @Test
    void subheadingBetweenParagraphsStaysInTheText() {
        Result r = Dump.of(FLOOD).after(1, "Une cellule de crise ouverte toute la semaine").classify().articleKept();
        Decision d = r.only("Une cellule de crise ouverte toute la semaine");
        assertTrue(d.label().inBody(), () -> "subheading dropped" + r.dump());

        Result en = Dump.of(DOCK_STRIKE).after(1, "Backlog of ships expected to grow").classify().articleKept();
        Decision e = en.only("Backlog of ships expected to grow");
        assertTrue(e.label().inBody(), () -> "subheading dropped" + en.dump());
    }

    @Test
    void questionSubheadingInASpacedDumpStaysInTheText() {
        Result r = Dump.of(TRAMWAY).after(1, "Que va changer le chantier pour les riverains ?").classify().articleKept();
        Decision d = r.only("Que va changer le chantier pour les riverains ?");
        assertTrue(d.label().inBody(), () -> "question subheading dropped" + r.dump());

        Result en = Dump.of(SHIPWRECK).after(1, "Why was the wreck so hard to find?").classify().articleKept();
        Decision e = en.only("Why was the wreck so hard to find?");
        assertTrue(e.label().inBody(), () -> "question subheading dropped" + en.dump());
    }

    // ------------------------------------------------------------------ degenerate inputs

    @Test
    void emptyInputGivesNoDecisions() {
        assertEquals(List.of(), classify(""));
        assertEquals(List.of(), classify("\n\n  \n"));
    }

    @Test
    void onlyBoilerplateGivesNoBody() {
        String text = String.join("\n\n", "Accueil Politique Économie Culture Sport", "PUBLICITÉ",
                "Partager cet article\nCopier le lien", "Suivez-nous sur Facebook", "Inscrivez-vous à notre newsletter",
                "Laisser un commentaire", "12 + trois =", "-");
        List<Decision> decisions = classify(text);
        assertEquals(9, decisions.size());
        for (Decision d : decisions) {
            assertFalse(d.label().inBody(), () -> "kept as text: " + d);
        }

        String english = String.join("\n", "Skip to main content", "Advertisement", "Share this article",
                "Follow us on Google News", "Sign up for our newsletter", "Accept all", "Leave a reply", "7 − 2 =", "***");
        for (Decision d : classify(english)) {
            assertFalse(d.label().inBody(), () -> "kept as text: " + d);
        }
    }

    @Property(tries = 3000)
    void theListItemCheckSaysNoOnlyWhereTheExpressionDoes(@ForAll("listLike") String line) {
        if (!BlockClassifier.mayOpenListItem(line)) {
            assertFalse(BlockClassifier.LIST_ITEM.matcher(line).lookingAt(), line);
        }
    }

    @Test
    void aListItemOpensWithABulletOrANumber() {
        for (String item : new String[] {"- du pain", "• Les résultats", "3. Ajouter la farine", "12) Step twelve", "✓ Done"}) {
            assertTrue(BlockClassifier.mayOpenListItem(item), item);
        }
        for (String line : new String[] {"Le pain", " - décalé", "", "« Trois. »", "(3) note"}) {
            assertFalse(BlockClassifier.mayOpenListItem(line), line);
        }
    }

    /** Bullets, dashes and numbers, and what is like them, before spaces and words. */
    @Provide
    Arbitrary<String> listLike() {
        return Arbitraries.of("-", "–", "—", "•", "*", "+", "·", "▪", "►", "✓", "‣", "○", "0", "1", "07", "12", "123", ".", ")", "(",
                " ", "\t", "\u00A0", "\u2003", "a", "Le pain", "\u0663", "\uFF11", "x")
                .list().ofMaxSize(5).map(pieces -> String.join("", pieces));
    }
}
