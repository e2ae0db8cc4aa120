package dev.coupure.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Dumps made from the project's own template text: a menu line, a headline, a dateline, paragraphs
 * whose words vary with the dump's number, and a footer, so that every dump is an article of its
 * own. {@code main DIR N} writes N of them, for measuring (docs/performance.md).
 */
public final class GeneratedDumps {

    private static final List<String> TOWNS = List.of("Lyon", "Nantes", "Rennes", "Lille", "Grenoble", "Dijon",
            "Brest", "Limoges", "Amiens", "Nancy", "Poitiers", "Besançon", "Orléans");
    private static final List<String> SUBJECTS = List.of("le conseil municipal", "la préfecture", "le syndicat des"
            + " transports", "l’université", "la chambre de commerce", "le département", "l’agence régionale de santé");
    private static final List<String> TOPICS = List.of("un nouveau plan de circulation", "la rénovation des écoles",
            "un budget d’investissement", "l’extension du réseau de tramway", "un programme de logements",
            "la fermeture d’une maternité", "un festival de musique");
    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "septembre", "octobre", "novembre");

    private GeneratedDumps() {
    }

    public static String dump(int n) {
        String town = pick(TOWNS, n);
        String subject = pick(SUBJECTS, n / 3);
        String topic = pick(TOPICS, n / 7);
        int day = 1 + n % 28;
        String month = pick(MONTHS, n / 11);
        int amount = 3 + (n * 37) % 480;
        return String.join("\n",
                "Accueil Actualités Régions Sports Culture Newsletters",
                "Publicité",
                "",
                "À " + town + ", " + subject + " présente " + topic + " (dossier " + n + ")",
                "",
                "Par la rédaction, le " + day + " " + month + " 2025",
                "",
                "Réuni en séance le " + day + " " + month + ", " + subject + " de " + town + " a présenté " + topic
                        + ", un projet estimé à " + amount + " millions d’euros selon les documents consultés.",
                "",
                "Les élus de l’opposition ont demandé un calendrier plus précis et une consultation des habitants"
                        + " avant tout vote définitif. Le dossier numéro " + n + " sera examiné de nouveau dans"
                        + " " + (2 + n % 9) + " semaines, après l’avis des services techniques.",
                "",
                "Plusieurs associations de quartier ont salué une démarche attendue depuis longtemps, tout en"
                        + " s’inquiétant du coût pour les ménages. « Nous suivrons chaque étape », a déclaré une"
                        + " porte-parole, qui rappelle que " + (10 + n % 70) + " % des habitants ont répondu à l’enquête.",
                "",
                "Partager cet article",
                "Lire aussi",
                "");
    }

    private static String pick(List<String> values, int n) {
        return values.get(Math.floorMod(n, values.size()));
    }

    public static void write(Path dir, int from, int to) throws IOException {
        Files.createDirectories(dir);
        for (int n = from; n < to; n++) {
            Files.writeString(dir.resolve(String.format("dump-%06d.txt", n)), dump(n), StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), 0, Integer.parseInt(args[1]));
    }
}
