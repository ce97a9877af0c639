package ru.nastavnik.monitoring.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.documents.TemplateScript;
import ru.nastavnik.monitoring.campaign.CampaignBoard;
import ru.nastavnik.monitoring.campaign.CampaignView;
import ru.nastavnik.monitoring.campaign.CoveringLetter;
import ru.nastavnik.monitoring.internal.Signatures;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * A municipality's covering letter to the area running a campaign (сопроводительное письмо): its schools' reports
 * forwarded, how many reported and which did not, each school's report in a table, the roll-up as its appendix, over
 * the municipality's head's signature (its requisites) with the methodologist who prepared it as «Исполнитель».
 */
@Component
class CoveringLetterDocument {

    /** Built on the first letter, not when the node starts (Apache POI is slow to load). */
    private static final class Wording {
        static final byte[] TEMPLATE =
                TemplateScript.read("monitoring-campaign-covering-letter").build();
    }

    static byte[] template() {
        return Wording.TEMPLATE;
    }

    private final IndicatorTexts texts;
    private final Organisations organisations;
    private final SubmissionDocument submissions;

    CoveringLetterDocument(IndicatorTexts texts, Organisations organisations, SubmissionDocument submissions) {
        this.texts = texts;
        this.organisations = organisations;
        this.submissions = submissions;
    }

    /** The letter as its writer downloads it, DOCX or PDF, named after the campaign and her municipality. */
    ResponseEntity<byte[]> download(CoveringLetter letter, NastavnikPrincipal me, String format) {
        byte[] docx = docx(letter, me.fullName());
        FileType type = "pdf".equals(format) ? FileType.PDF : FileType.DOCX;
        String name = texts.text("monitoring.covering.file", letter.campaign().title(), letter.senderName());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(name + "." + type.extension()))
                .header(HttpHeaders.CONTENT_TYPE, type.contentType())
                .body(type == FileType.PDF ? PdfRenderer.fromDocx(docx) : docx);
    }

    byte[] docx(CoveringLetter letter, String executor) {
        CampaignView campaign = letter.campaign();
        List<Map<String, Object>> schools = new ArrayList<>();
        int number = 1;
        for (CampaignBoard.Row row : letter.rows()) {
            schools.add(Map.of(
                    "number",
                    String.valueOf(number++),
                    "name",
                    row.name(),
                    "status",
                    row.submitted()
                            ? texts.text(
                                    "monitoring.covering.submitted",
                                    row.submittedAt() == null
                                            ? ""
                                            : Dates.DATE.format(
                                                    row.submittedAt().atZone(Dates.DEFAULT_ZONE)))
                            : texts.text("monitoring.covering.missing")));
        }
        List<String> outstanding = letter.outstanding();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sender", letter.senderName());
        model.put("addressee", campaign.areaName());
        model.put("title", campaign.title());
        model.put("area", texts.text("monitoring.covering.runBy", campaign.areaName()));
        model.put("order", submissions.order(campaign));
        model.put("from", Dates.DATE.format(campaign.from()));
        model.put("to", Dates.DATE.format(campaign.to()));
        model.put("submitted", String.valueOf(letter.submitted()));
        model.put("total", String.valueOf(letter.rows().size()));
        model.put(
                "outstanding",
                outstanding.isEmpty()
                        ? ""
                        : texts.text("monitoring.covering.outstanding", String.join(", ", outstanding)));
        model.put("schools", schools);
        // the letter goes out over the head of the municipality's education authority, as its requisites name her
        Signatures signatures =
                Signatures.of(organisations, letter.sender(), texts.text("monitoring.covering.head-position"));
        model.put("head", Map.of("position", signatures.headPosition(), "signature", signatures.head()));
        model.put("executor", executor);
        return DocxTemplates.render(new ByteArrayInputStream(template()), model);
    }
}
