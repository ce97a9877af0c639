package ru.nastavnik.monitoring.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.TemplateBuilder;
import ru.nastavnik.monitoring.IndicatorLine;
import ru.nastavnik.monitoring.campaign.CampaignView;
import ru.nastavnik.monitoring.campaign.ManualFigure;
import ru.nastavnik.monitoring.campaign.OwnFigure;
import ru.nastavnik.monitoring.campaign.SchoolReport;
import ru.nastavnik.monitoring.campaign.SubmissionView;
import ru.nastavnik.monitoring.campaign.SubmittedFigure;
import ru.nastavnik.shared.web.Dates;

/**
 * A school's submitted campaign report as a document for the inspection package: the campaign (who ran it, by which
 * order, over which period) and the figures exactly as submitted, each marked when the school typed it by hand,
 * the campaign's own figures after the catalogue's.
 */
@Component
class SubmissionDocument {

    private static final java.time.format.DateTimeFormatter SUBMITTED_AT =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private static final byte[] TEMPLATE = TemplateBuilder.a4()
            .centered("{{school}}", true)
            .emptyLine()
            .centered("ОТЧЁТ", true)
            .centered("по мониторингу «{{title}}»", true)
            .emptyLine()
            .paragraph("Мониторинг проводит: {{area}}{{order}}.")
            .paragraph("Период: с {{from}} по {{to}}.")
            .table(
                    new int[] {100, 30, 20, 30},
                    List.of("Показатель", "Значение", "Ед.", "Источник"),
                    "figures",
                    List.of("{{item.name}}", "{{item.value}}", "{{item.unit}}", "{{item.source}}"))
            .paragraph("Комментарий образовательной организации: {{comment}}")
            .paragraph("Отчёт отправлен {{submittedAt}}, {{submittedBy}}.")
            .build();

    private final IndicatorTexts texts;

    SubmissionDocument(IndicatorTexts texts) {
        this.texts = texts;
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
                    figure.manual() ? "введено вручную" : "рассчитано системой"));
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
                        "введено вручную"));
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
                submission.comment() == null || submission.comment().isBlank() ? "нет" : submission.comment());
        model.put(
                "submittedAt",
                submission.submittedAt() == null
                        ? ""
                        : SUBMITTED_AT.format(submission.submittedAt().atZone(Dates.DEFAULT_ZONE)));
        model.put("submittedBy", submission.submittedBy() == null ? "" : submission.submittedBy());
        return DocxTemplates.render(new ByteArrayInputStream(TEMPLATE), model);
    }

    /** «, приказ № … от …» when the campaign was opened by an order. */
    static String order(CampaignView campaign) {
        if (campaign.orderNumber() == null || campaign.orderNumber().isBlank()) {
            return "";
        }
        return ", приказ № " + campaign.orderNumber()
                + (campaign.orderDate() == null ? "" : " от " + Dates.DATE.format(campaign.orderDate()));
    }
}
