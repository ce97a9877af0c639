package ru.nastavnik.monitoring.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.TemplateScript;
import ru.nastavnik.monitoring.campaign.CampaignView;
import ru.nastavnik.monitoring.campaign.ManualFigure;
import ru.nastavnik.monitoring.campaign.OwnFigure;
import ru.nastavnik.monitoring.campaign.SchoolReport;
import ru.nastavnik.monitoring.campaign.SubmissionView;
import ru.nastavnik.monitoring.campaign.SubmittedFigure;
import ru.nastavnik.monitoring.internal.IndicatorLine;
import ru.nastavnik.shared.web.Dates;

/**
 * A school's submitted campaign report as a document — printed from its report page, and in the inspection package:
 * the campaign (who ran it, by which order, over which period) and the figures exactly as submitted, each marked when
 * the school typed it by hand, the campaign's own figures after the catalogue's; the head's signature line last.
 */
@Component
class SubmissionDocument {

    private static final java.time.format.DateTimeFormatter SUBMITTED_AT =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** The document's wording: {@code documents/defaults/monitoring-campaign-submission.txt}. */
    static byte[] template() {
        return Wording.TEMPLATE;
    }

    /** Built on the first document, not when the node starts (Apache POI is slow to load). */
    private static final class Wording {
        static final byte[] TEMPLATE =
                TemplateScript.read("monitoring-campaign-submission").build();
    }

    private final IndicatorTexts texts;
    private final ru.nastavnik.organisation.Organisations organisations;

    SubmissionDocument(IndicatorTexts texts, ru.nastavnik.organisation.Organisations organisations) {
        this.texts = texts;
        this.organisations = organisations;
    }

    byte[] docx(SchoolReport report) {
        CampaignView campaign = report.campaign();
        SubmissionView submission = report.submission();
        List<Map<String, Object>> figures = new ArrayList<>();
        for (SubmittedFigure figure : submission.figures()) {
            IndicatorLine line = new IndicatorLine(figure.indicator(), null, null, null);
            figures.add(Map.of(
                    "name",
                    texts.name(line),
                    "value",
                    figure.value() == null
                            ? "—"
                            : figure.value().toPlainString().replace('.', ','),
                    "unit",
                    texts.unit(line),
                    "source",
                    texts.text(
                            figure.manual()
                                    ? "monitoring.submission.source.manual"
                                    : "monitoring.submission.source.computed")));
        }
        for (OwnFigure own : campaign.own()) {
            ManualFigure typed = submission.own().get(own.number());
            if (typed != null) {
                figures.add(Map.of(
                        "name",
                        own.title(),
                        "value",
                        own.value(typed) == null
                                ? "—"
                                : own.value(typed).toPlainString().replace('.', ','),
                        "unit",
                        texts.unit(own.unit()),
                        "source",
                        texts.text("monitoring.submission.source.manual")));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("school", submission.schoolName());
        model.put("title", campaign.title());
        model.put("area", campaign.areaName());
        model.put("order", order(campaign));
        model.put("from", Dates.DATE.format(campaign.from()));
        model.put("to", Dates.DATE.format(campaign.to()));
        model.put("figures", figures);
        model.put(
                "comment",
                submission.comment() == null || submission.comment().isBlank()
                        ? texts.text("monitoring.submission.noComment")
                        : submission.comment());
        model.put(
                "submittedAt",
                submission.submittedAt() == null
                        ? ""
                        : SUBMITTED_AT.format(submission.submittedAt().atZone(Dates.DEFAULT_ZONE)));
        model.put("submittedBy", submission.submittedBy() == null ? "" : submission.submittedBy());
        // an official report goes out over the head's signature, as the school's requisites name her
        ru.nastavnik.monitoring.internal.Signatures signatures = ru.nastavnik.monitoring.internal.Signatures.of(
                organisations, submission.school(), texts.text("monitoring.programmes.head-position"));
        model.put("head", Map.of("position", signatures.headPosition(), "signature", signatures.head()));
        return DocxTemplates.render(new ByteArrayInputStream(template()), model);
    }

    /** «, приказ № … от …» when the campaign was opened by an order. */
    String order(CampaignView campaign) {
        if (campaign.orderNumber() == null || campaign.orderNumber().isBlank()) {
            return "";
        }
        return campaign.orderDate() == null
                ? texts.text("monitoring.submission.order", campaign.orderNumber())
                : texts.text(
                        "monitoring.submission.orderOf",
                        campaign.orderNumber(),
                        Dates.DATE.format(campaign.orderDate()));
    }
}
