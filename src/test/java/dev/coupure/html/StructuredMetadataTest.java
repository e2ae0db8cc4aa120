package dev.coupure.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Metadata read from small hand-written pages, one way of carrying it per page: JSON-LD in its
 * usual shapes, OpenGraph, microdata, Dublin Core, and pages that carry it badly or not at all.
 */
class StructuredMetadataTest {

    private static final String BASE = "https://www.journal.example/article?utm_source=flux";

    private static PageMetadata read(String html) {
        return StructuredMetadata.read(Jsoup.parse(html, BASE));
    }

    private static MetaValue v(String value, String source) {
        return new MetaValue(value, source);
    }

    @Test
    void jsonLdNewsArticle() {
        PageMetadata m = read("""
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <title>Valmont : la médiathèque rouvre après deux ans de travaux – Le Courrier de Valmont</title>
                <script type="application/ld+json">
                {
                  "@context": "https://schema.org",
                  "@type": "NewsArticle",
                  "headline": "Valmont : la médiathèque rouvre après deux ans de travaux",
                  "description": "Agrandie et rénovée, la médiathèque Jules-Verne accueille de nouveau le public samedi.",
                  "datePublished": "2024-03-14T08:30:00+01:00",
                  "dateModified": "2024-03-14T11:05:00+01:00",
                  "inLanguage": "fr-FR",
                  "url": "https://www.courrier-valmont.example/culture/mediatheque",
                  "mainEntityOfPage": {"@type": "WebPage", "@id": "https://www.courrier-valmont.example/culture/mediatheque"},
                  "author": {"@type": "Person", "name": "Claire Fontaine",
                             "url": "https://www.courrier-valmont.example/auteurs/claire-fontaine"},
                  "publisher": {"@type": "NewsMediaOrganization", "name": "Le Courrier de Valmont",
                                "logo": {"@type": "ImageObject", "url": "https://www.courrier-valmont.example/logo.png"}},
                  "articleBody": "La médiathèque Jules-Verne rouvre samedi.\\n\\n  Les horaires sont élargis."
                }
                </script>
                </head>
                <body><p>La médiathèque Jules-Verne rouvre samedi.</p></body>
                </html>
                """);

        String url = "https://www.courrier-valmont.example/culture/mediatheque";
        assertEquals(List.of(
                v("Valmont : la médiathèque rouvre après deux ans de travaux – Le Courrier de Valmont", "html:title"),
                v("Valmont : la médiathèque rouvre après deux ans de travaux", "json-ld:headline")), m.titles());
        assertEquals(List.of(v("Claire Fontaine", "json-ld:author")), m.authors());
        assertEquals(List.of(v("Le Courrier de Valmont", "json-ld:publisher")), m.publishers());
        assertEquals(List.of(v("2024-03-14T08:30:00+01:00", "json-ld:datePublished")), m.published());
        assertEquals(List.of(v("2024-03-14T11:05:00+01:00", "json-ld:dateModified")), m.modified());
        assertEquals(List.of(v("Agrandie et rénovée, la médiathèque Jules-Verne accueille de nouveau le public samedi.",
                "json-ld:description")), m.descriptions());
        assertEquals(List.of(v(url, "json-ld:url"), v(url, "json-ld:mainEntityOfPage")), m.urls());
        assertEquals(List.of(v("fr", "html:lang"), v("fr-FR", "json-ld:inLanguage")), m.languages());
        assertEquals(List.of("NewsArticle", "WebPage", "Person", "NewsMediaOrganization", "ImageObject"), m.types());
        assertEquals("La médiathèque Jules-Verne rouvre samedi. Les horaires sont élargis.", m.articleBody());
    }

    @Test
    void graphAuthorsGivenByIdAreResolved() {
        PageMetadata m = read("""
                <html><head>
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "Organization", "@id": "https://harbour.example/#organization",
                   "name": "The Harbour Gazette", "url": "https://harbour.example/"},
                  {"@type": "WebSite", "@id": "https://harbour.example/#website", "name": "The Harbour Gazette",
                   "publisher": {"@id": "https://harbour.example/#organization"}},
                  {"@type": "WebPage", "@id": "https://harbour.example/2024/05/ferry/",
                   "name": "Ferry timetable | The Harbour Gazette", "headline": "Ferry timetable changes",
                   "datePublished": "2024-05-02T07:00:00Z", "dateModified": "2024-05-02T09:15:00Z", "inLanguage": "en-GB"},
                  {"@type": "NewsArticle", "@id": "https://harbour.example/2024/05/ferry/#article",
                   "isPartOf": {"@id": "https://harbour.example/2024/05/ferry/"},
                   "headline": "Island ferry to run fewer crossings this summer",
                   "datePublished": "2024-05-02T07:00:00Z",
                   "author": [{"@id": "https://harbour.example/#/schema/person/a1"},
                              {"@id": "https://harbour.example/#/schema/person/b2"}],
                   "publisher": {"@id": "https://harbour.example/#organization"}},
                  {"@type": "Person", "@id": "https://harbour.example/#/schema/person/a1", "name": "Megan Holloway"},
                  {"@type": "Person", "@id": "https://harbour.example/#/schema/person/b2", "name": ["Tomasz Wren"]}
                ]}
                </script>
                </head><body></body></html>
                """);

        assertEquals(List.of(v("Megan Holloway", "json-ld:author"), v("Tomasz Wren", "json-ld:author")), m.authors());
        assertEquals(List.of(v("The Harbour Gazette", "json-ld:publisher")), m.publishers());
        assertEquals(List.of(v("Ferry timetable changes", "json-ld-webpage:headline"),
                v("Island ferry to run fewer crossings this summer", "json-ld:headline")), m.titles());
        assertEquals(List.of(v("2024-05-02T07:00:00Z", "json-ld-webpage:datePublished"),
                v("2024-05-02T07:00:00Z", "json-ld:datePublished")), m.published());
        assertEquals(List.of(v("2024-05-02T09:15:00Z", "json-ld-webpage:dateModified")), m.modified());
        assertEquals(List.of(v("en-GB", "json-ld-webpage:inLanguage")), m.languages());
        assertEquals(List.of("Organization", "WebSite", "WebPage", "NewsArticle", "Person", "Person"), m.types());
    }

    @Test
    void topLevelArray() {
        PageMetadata m = read("""
                <script type="application/ld+json">
                [
                  {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Sport", "item": "https://valley.example/sport"}]},
                  {"@context": "https://schema.org", "@type": "ReportageNewsArticle",
                   "headline": "Riverside club reaches the county final",
                   "name": "County final for Riverside",
                   "author": "Owen Pryce", "datePublished": "2024-06-01"}
                ]
                </script>
                """);

        assertEquals(List.of(v("Riverside club reaches the county final", "json-ld:headline"),
                v("County final for Riverside", "json-ld:name")), m.titles());
        assertEquals(List.of(v("Owen Pryce", "json-ld:author")), m.authors());
        assertEquals(List.of(v("2024-06-01", "json-ld:datePublished")), m.published());
        assertEquals(List.of("BreadcrumbList", "ListItem", "ReportageNewsArticle"), m.types());
    }

    @Test
    void schemaOrgTypesAsHttpAndHttpsIris() {
        PageMetadata m = read("""
                <script type="application/ld+json">
                {"@context": "http://schema.org", "@type": "http://schema.org/NewsArticle", "headline": "Premier titre"}
                </script>
                <script type="application/ld+json">
                {"@type": "https://schema.org/OpinionNewsArticle", "headline": "Tribune : sauver les haies"}
                </script>
                <script type="application/ld+json">
                {"@type": "VideoObject", "name": "Reportage vidéo", "headline": "Les haies en images",
                 "uploadDate": "2024-01-01"}
                </script>
                """);

        assertEquals(List.of(v("Premier titre", "json-ld:headline"),
                v("Tribune : sauver les haies", "json-ld:headline")), m.titles());
        assertEquals(List.of("NewsArticle", "OpinionNewsArticle", "VideoObject"), m.types());
    }

    @Test
    void typeArrayCountsOnce() {
        PageMetadata m = read("""
                <script type="application/ld+json">
                {"@type": ["NewsArticle", "Article"], "headline": "Le marché couvert fête ses cent ans",
                 "author": {"@type": "Person", "name": {"@value": "Léa Girard", "@language": "fr"}}}
                </script>
                """);

        assertEquals(List.of(v("Le marché couvert fête ses cent ans", "json-ld:headline")), m.titles());
        assertEquals(List.of(v("Léa Girard", "json-ld:author")), m.authors());
        assertEquals(List.of("NewsArticle", "Article", "Person"), m.types());
    }

    @Test
    void organizationAuthorIsAPublisher() {
        PageMetadata m = read("""
                <html><head>
                <meta property="og:site_name" content="La Voix du Plateau">
                <meta name="author" content="La Voix du Plateau">
                <script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "Le col de la Croix fermé pour l'hiver",
                 "author": [{"@type": "Organization", "name": "Rédaction numérique"},
                            {"@type": "Person", "name": "Nadia Benali"}]}
                </script>
                </head></html>
                """);

        assertEquals(List.of(v("Nadia Benali", "json-ld:author")), m.authors());
        assertEquals(List.of(v("La Voix du Plateau", "og:site_name"), v("La Voix du Plateau", "meta:author"),
                v("Rédaction numérique", "json-ld:author")), m.publishers());
    }

    @Test
    void malformedJsonLdIsSkippedAndTheRestStillCounts() {
        PageMetadata m = read("""
                <html><head>
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken, "author": }</script>
                <script type="application/ld+json">
                // added by the theme
                {"@type": "NewsArticle", "headline": "Tolerated
                   headline", "datePublished": "2024-02-01",}
                </script>
                <script type="application/ld+json"><!-- {"@type": "Article", "headline": "Wrapped headline"} --></script>
                <meta property="og:title" content="Storm closes the coast road">
                <meta property="og:description" content="The coast road stays shut until Monday.">
                </head></html>
                """);

        assertEquals(List.of(v("Tolerated headline", "json-ld:headline"), v("Wrapped headline", "json-ld:headline"),
                v("Storm closes the coast road", "og:title")), m.titles());
        assertEquals(List.of(v("The coast road stays shut until Monday.", "og:description")), m.descriptions());
        assertEquals(List.of(v("2024-02-01", "json-ld:datePublished")), m.published());
        assertEquals(List.of("NewsArticle", "Article"), m.types());
    }

    @Test
    void openGraphOnly() {
        PageMetadata m = read("""
                <html><head>
                <meta http-equiv="Content-Language" content="en-GB">
                <meta property="og:type" content="article">
                <meta property="og:title" content="Council approves new cycle lanes on Mill Road">
                <meta name="og:description" content="Work on the two lanes starts in September.">
                <meta property="og:site_name" content="Northfield Echo">
                <meta property="og:url" content="https://northfield.example/news/cycle-lanes">
                <meta property="og:locale" content="en_GB">
                <meta property="article:published_time" content="2024-04-09T06:00:00+01:00">
                <meta property="article:modified_time" content="2024-04-09T08:20:00+01:00">
                <meta property="article:author" content="https://social.example/northfield.reporter">
                <meta property="article:author" content="Daniel Ashby">
                <meta name="twitter:title" content="Cycle lanes approved">
                <link rel="canonical" href="/news/cycle-lanes">
                </head><body></body></html>
                """);

        assertEquals(List.of(v("Council approves new cycle lanes on Mill Road", "og:title"),
                v("Cycle lanes approved", "twitter:title")), m.titles());
        assertEquals(List.of(v("Daniel Ashby", "article:author")), m.authors());
        assertEquals(List.of(v("Northfield Echo", "og:site_name")), m.publishers());
        assertEquals(List.of(v("2024-04-09T06:00:00+01:00", "article:published_time")), m.published());
        assertEquals(List.of(v("2024-04-09T08:20:00+01:00", "article:modified_time")), m.modified());
        assertEquals(List.of(v("Work on the two lanes starts in September.", "og:description")), m.descriptions());
        assertEquals(List.of(v("https://northfield.example/news/cycle-lanes", "og:url"),
                v("https://www.journal.example/news/cycle-lanes", "rel-canonical")), m.urls());
        assertEquals(List.of(v("en-GB", "meta:content-language"), v("en_GB", "og:locale")), m.languages());
        assertTrue(m.types().isEmpty());
        assertNull(m.articleBody());
    }

    @Test
    void microdataOnly() {
        PageMetadata m = read("""
                <html><body>
                <aside><time datetime="2023-01-01">Archives</time></aside>
                <article itemscope itemtype="http://schema.org/NewsArticle">
                  <h1 itemprop="headline">Les vendanges commencent tôt dans le Val de Loire</h1>
                  <p>Par <span itemprop="author" itemscope itemtype="https://schema.org/Person">
                    <a href="/auteurs/jb" itemprop="url"><span itemprop="name">Julien Berthier</span></a></span></p>
                  <time itemprop="datePublished" datetime="2024-08-20T07:45:00+02:00">20 août 2024</time>
                  <meta itemprop="dateModified" content="2024-08-20T10:00:00+02:00">
                  <div itemprop="video" itemscope itemtype="http://schema.org/VideoObject">
                    <span itemprop="headline">Vidéo : les premiers raisins</span>
                    <span itemprop="author">Service vidéo</span>
                  </div>
                  <p>Les premières grappes ont été coupées lundi.</p>
                </article>
                </body></html>
                """);

        assertEquals(List.of(v("Les vendanges commencent tôt dans le Val de Loire", "microdata:headline")), m.titles());
        assertEquals(List.of(v("Julien Berthier", "microdata:author")), m.authors());
        assertEquals(List.of(v("2024-08-20T07:45:00+02:00", "time:datetime"),
                v("2024-08-20T07:45:00+02:00", "itemprop:datePublished")), m.published());
        assertEquals(List.of(v("2024-08-20T10:00:00+02:00", "itemprop:dateModified")), m.modified());
        assertTrue(m.types().isEmpty(), "microdata types are not JSON-LD nodes");
    }

    @Test
    void dublinCore() {
        PageMetadata m = read("""
                <html><head>
                <meta name="DC.title" content="Rapport annuel sur la qualité de l'eau">
                <meta name="dc.creator" content="Sophie Lemaire">
                <meta name="DCTERMS.created" content="2024-01-15">
                <meta name="dcterms.modified" content="2024-02-01">
                <meta name="DC.publisher" content="Syndicat des eaux de Valmont">
                <meta name="dc:date" content="2024-01-16">
                </head></html>
                """);

        assertEquals(List.of(v("Rapport annuel sur la qualité de l'eau", "dc:title")), m.titles());
        assertEquals(List.of(v("Sophie Lemaire", "dc:creator")), m.authors());
        assertEquals(List.of(v("Syndicat des eaux de Valmont", "dc:publisher")), m.publishers());
        assertEquals(List.of(v("2024-01-15", "dcterms:created"), v("2024-01-16", "dc:date")), m.published());
        assertEquals(List.of(v("2024-02-01", "dcterms:modified")), m.modified());
    }

    @Test
    void noMetadataAtAll() {
        for (String html : List.of("<html><body><p>Rien ici.</p></body></html>", "", "{\"not\": \"html\"}")) {
            PageMetadata m = read(html);
            for (List<MetaValue> list : List.of(m.titles(), m.authors(), m.publishers(), m.published(),
                    m.modified(), m.descriptions(), m.urls(), m.languages())) {
                assertTrue(list.isEmpty(), html + " gave " + list);
            }
            assertTrue(m.types().isEmpty());
            assertNull(m.articleBody());
        }
    }

    @Test
    void entitiesInJsonStringsAreDecoded() {
        PageMetadata m = read("""
                <script type="application/ld+json">
                {"@type": "NewsArticle",
                 "headline": "Qu&#039;en pensent les habitants ? L&amp;#039;enquête",
                 "description": "&lt;p&gt;Une &lt;strong&gt;enquête&lt;/strong&gt; au long cours.&lt;/p&gt;",
                 "publisher": {"@type": "Organization", "name": "Presse &amp; Territoires"}}
                </script>
                """);

        assertEquals(List.of(v("Qu'en pensent les habitants ? L'enquête", "json-ld:headline")), m.titles());
        assertEquals(List.of(v("Une enquête au long cours.", "json-ld:description")), m.descriptions());
        assertEquals(List.of(v("Presse & Territoires", "json-ld:publisher")), m.publishers());
    }

    @Test
    void joinedAuthorNamesAreSplit() {
        PageMetadata m = read("""
                <html><head>
                <meta name="author" content="Par Anne Leroy et Paul Martin">
                <meta name="dc.creator" content="Dupont, Jean">
                <meta name="parsely-author" content="Von Anna Fink und Jonas Weber">
                <script type="application/ld+json">
                {"@type": "NewsArticle", "author": "Jeanne Morel, Lucas Petit"}
                </script>
                <script type="application/ld+json">
                {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Émile Roux &amp; Inès Caron"}}
                </script>
                </head><body>
                <p><a rel="author" href="/staff/kb">By Kate Brennan and Sam Okafor</a></p>
                <p><a rel="author" href="mailto:desk@journal.example">desk@journal.example</a></p>
                </body></html>
                """);

        assertEquals(List.of(
                v("Anne Leroy", "meta:author"), v("Paul Martin", "meta:author"),
                v("Dupont, Jean", "dc:creator"),
                v("Anna Fink", "parsely-author"), v("Jonas Weber", "parsely-author"),
                v("Jeanne Morel", "json-ld:author"), v("Lucas Petit", "json-ld:author"),
                v("Émile Roux", "json-ld:author"), v("Inès Caron", "json-ld:author"),
                v("Kate Brennan", "rel-author"), v("Sam Okafor", "rel-author")), m.authors());
    }

    @Test
    void duplicatesAreCollapsed() {
        PageMetadata m = read("""
                <html><head>
                <title>  Le   pont de la Vieille-Ville rouvre </title>
                <meta property="og:title" content="Le pont de la Vieille-Ville rouvre">
                <meta name="og:title" content="Le pont de la Vieille-Ville rouvre">
                <meta property="og:title" name="twitter:title" content="Le pont  de la Vieille-Ville rouvre">
                <script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "Le pont de la Vieille-Ville rouvre", "author": "Marc Aubert"}
                </script>
                <script type="application/ld+json">
                {"@type": "NewsArticle", "headline": " Le pont de la\\u00a0Vieille-Ville rouvre",
                 "author": ["Marc Aubert", "Marc Aubert"]}
                </script>
                </head></html>
                """);

        String title = "Le pont de la Vieille-Ville rouvre";
        assertEquals(List.of(v(title, "html:title"), v(title, "og:title"), v(title, "twitter:title"),
                v(title, "json-ld:headline")), m.titles());
        assertEquals(List.of(v("Marc Aubert", "json-ld:author")), m.authors());
    }

    @Test
    void oddAndHugeJsonLdNeverThrows() {
        StringBuilder huge = new StringBuilder("[");
        for (int i = 0; i < 50_000; i++) {
            huge.append(i == 0 ? "" : ",").append("{\"@type\": \"ListItem\", \"name\": \"n").append(i).append("\"}");
        }
        huge.append(']');
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        PageMetadata m = read("<script type=\"application/ld+json\">" + huge + "</script>"
                + "<script type=\"application/ld+json\">" + deep + "</script>"
                + """
                <script type="application/ld+json">
                {"@type": 42, "headline": "Sans type"}
                </script>
                <script type="application/ld+json">
                {"@type": ["NewsArticle", 7, null], "headline": {"nested": true}, "author": true,
                 "publisher": [null, 3], "datePublished": ["2024-07-01", null, {"x": 1}],
                 "mainEntityOfPage": {"@id": 12}, "inLanguage": {"@type": "Language", "name": "French"}}
                </script>
                <script type="application/ld+json">"just a string"</script>
                <script type="application/ld+json"></script>
                <meta property="og:title" content="Toujours lu">
                """);

        assertEquals(List.of(v("Toujours lu", "og:title")), m.titles());
        assertEquals(List.of(v("2024-07-01", "json-ld:datePublished")), m.published());
        assertTrue(m.urls().isEmpty(), "a number is no address");
        assertEquals(List.of(v("French", "json-ld:inLanguage")), m.languages());
        assertTrue(m.authors().isEmpty());
        assertTrue(m.types().contains("NewsArticle"), "the blocks after the huge one are still read");
        assertTrue(m.types().size() < 50_000, "the node budget bounds the walk");
    }
}
