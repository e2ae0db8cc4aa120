package dev.coupure.tika;

import dev.coupure.doc.Declared;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.DublinCore;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * What a document's own metadata states, as declared values named after the property that held
 * them ("dc:title", "dc:creator", "dcterms:created"); an e-mail's headers as "email:subject",
 * "email:from" (the sender's name, never the address) and "email:date". Decides nothing: which
 * of these the record believes is the metadata stage's business.
 */
final class DocumentMetadata {

    private static final String EMAIL = "message/rfc822";
    /**
     * Formats write a zero where no date was set: Word's OLE2 files give 1601-01-01, RTF gives
     * year 0. No document Coupure reads was made before this year.
     */
    private static final int FIRST_YEAR = 1980;
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})-");

    private DocumentMetadata() {
    }

    static List<Declared> declared(Metadata metadata, String mediaType) {
        List<Declared> out = new ArrayList<>();
        if (mediaType.equals(EMAIL)) {
            add(out, metadata, Declared.Field.TITLE, TikaCoreProperties.TITLE, "email:subject");
            add(out, metadata, Declared.Field.AUTHOR, Message.MESSAGE_FROM_NAME, "email:from");
            // When the message was sent: what "hier" counts from, not when the article appeared.
            addDate(out, metadata, Declared.Field.SENT, TikaCoreProperties.CREATED, "email:date");
        } else {
            add(out, metadata, Declared.Field.TITLE, TikaCoreProperties.TITLE, "dc:title");
            add(out, metadata, Declared.Field.AUTHOR, TikaCoreProperties.CREATOR, "dc:creator");
            addDate(out, metadata, Declared.Field.PUBLISHED, TikaCoreProperties.CREATED, "dcterms:created");
            addDate(out, metadata, Declared.Field.MODIFIED, TikaCoreProperties.MODIFIED, "dcterms:modified");
        }
        add(out, metadata, Declared.Field.PUBLISHER, DublinCore.PUBLISHER, "dc:publisher");
        add(out, metadata, Declared.Field.LANGUAGE, DublinCore.LANGUAGE, "dc:language");
        return out;
    }

    private static void addDate(List<Declared> out, Metadata metadata, Declared.Field field, Property property,
            String source) {
        String value = metadata.get(property);
        Matcher year = YEAR.matcher(value == null ? "" : value);
        if (year.find() && Integer.parseInt(year.group(1)) >= FIRST_YEAR) {
            out.add(new Declared(field, value, source));
        }
    }

    private static void add(List<Declared> out, Metadata metadata, Declared.Field field, Property property,
            String source) {
        for (String value : metadata.getValues(property)) {
            String folded = value.strip().replaceAll("\\s+", " ");
            if (!folded.isEmpty()) {
                out.add(new Declared(field, folded, source));
            }
        }
    }
}
