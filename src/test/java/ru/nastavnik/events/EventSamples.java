package ru.nastavnik.events;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import ru.nastavnik.Fixtures;

/** What the events tests of the base and the internal package share: a seminar to plan and a document's text. */
public final class EventSamples {

    private EventSamples() {}

    /** The plain text of a DOCX document. */
    public static String text(byte[] docx) throws Exception {
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return text.getText();
        }
    }

    /** A seminar inviting the world's two schools, as the API's JSON body; its agenda begins when it does. */
    public static String seminar(Fixtures.World w, LocalDateTime start, LocalDateTime end, Integer capacity) {
        return """
                {"kind":"SEMINAR","title":"Семинар наставников","startsAt":"%s","endsAt":"%s","place":"Районный методический центр",
                 "capacity":%s,"schools":["%s","%s"],
                 "agenda":[{"time":"%s","topic":"Адаптация молодого педагога","speaker":"Петрова И. В."}]}
                """.formatted(
                        start,
                        end,
                        capacity,
                        w.schoolA(),
                        w.schoolB(),
                        start.toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
    }
}
