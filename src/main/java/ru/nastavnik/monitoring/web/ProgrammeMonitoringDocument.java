package ru.nastavnik.monitoring.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.TemplateScript;
import ru.nastavnik.monitoring.internal.CheckInView;
import ru.nastavnik.monitoring.internal.ProgrammeMonitoringResults.Programme;
import ru.nastavnik.monitoring.internal.ProgrammeResultView;
import ru.nastavnik.monitoring.internal.SelfAssessmentView;
import ru.nastavnik.monitoring.internal.Signatures;
import ru.nastavnik.monitoring.internal.SwotSources;
import ru.nastavnik.shared.web.Dates;

/**
 * The school's two-stage monitoring of its programmes over a period as one document, the way the recommendations lay
 * it out and a director signs it: the programmes, then stage 1 (process quality — the check-ins, the questionnaires'
 * answers, the curator's questionnaire, the SWOT) and stage 2 (results — deficits closed by the mentees'
 * self-assessment, professional results), each table with a row per programme (or per answer of it).
 */
@Component
class ProgrammeMonitoringDocument {

    private static final Locale RU = Locale.forLanguageTag("ru");

    /** The document's wording: {@code documents/defaults/monitoring-programme-results.txt}. */
    static byte[] template() {
        return Wording.TEMPLATE;
    }

    /** Built on the first document, not when the node starts (Apache POI is slow to load). */
    private static final class Wording {
        static final byte[] TEMPLATE =
                TemplateScript.read("monitoring-programme-results").build();
    }

    private final MessageSource messages;

    ProgrammeMonitoringDocument(MessageSource messages) {
        this.messages = messages;
    }

    byte[] docx(String school, LocalDate from, LocalDate to, List<Programme> programmes) {
        return docx(school, new Signatures("", text("monitoring.programmes.head-position"), ""), from, to, programmes);
    }

    /** {@code signatures}: the curator's and the head's names, each empty to leave the blank to write it in. */
    byte[] docx(String school, Signatures signatures, LocalDate from, LocalDate to, List<Programme> programmes) {
        List<Map<String, Object>> list = new ArrayList<>();
        List<Map<String, Object>> checkIns = new ArrayList<>();
        List<Map<String, Object>> sources = new ArrayList<>();
        List<Map<String, Object>> answers = new ArrayList<>();
        List<Map<String, Object>> swot = new ArrayList<>();
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> results = new ArrayList<>();
        long deficits = 0;
        long closed = 0;
        for (Programme p : programmes) {
            list.add(Map.of(
                    "n",
                    list.size() + 1,
                    "title",
                    p.title(),
                    "mentors",
                    p.mentors(),
                    "mentees",
                    p.mentees(),
                    "dates",
                    Dates.DATE.format(p.startsOn()) + " – " + Dates.DATE.format(p.endsOn()),
                    "status",
                    text(p.statusKey())));
            for (CheckInView c : p.checkIns()) {
                checkIns.add(Map.of(
                        "programme",
                        p.title(),
                        "who",
                        c.name() + " (" + role(c.mentor()) + ")",
                        "meetings",
                        c.meetingsHeld(),
                        "satisfaction",
                        c.satisfaction(),
                        "progress",
                        dash(c.progress()),
                        "difficulties",
                        dash(c.difficulties())));
            }
            if (p.sources() != null) {
                source(
                        sources,
                        p.title(),
                        text("monitoring.programmes.swot.strengths"),
                        p.sources().strengths());
                source(
                        sources,
                        p.title(),
                        text("monitoring.programmes.swot.weaknesses"),
                        p.sources().weaknesses());
                source(
                        sources,
                        p.title(),
                        text("monitoring.programmes.swot.opportunities"),
                        p.sources().opportunities());
                source(
                        sources,
                        p.title(),
                        text("monitoring.programmes.swot.threats"),
                        p.sources().threats());
            }
            if (p.answers() != null) {
                answers.add(Map.of(
                        "programme",
                        p.title(),
                        "plan",
                        dash(p.answers().planFollowed()),
                        "pair",
                        dash(p.answers().pairInteraction()),
                        "support",
                        dash(p.answers().supportSufficient()),
                        "conclusions",
                        dash(p.answers().conclusions())));
            }
            if (p.swot() != null) {
                swot.add(Map.of(
                        "programme",
                        p.title(),
                        "s",
                        dash(p.swot().strengths()),
                        "w",
                        dash(p.swot().weaknesses()),
                        "o",
                        dash(p.swot().opportunities()),
                        "t",
                        dash(p.swot().threats())));
            }
            for (SelfAssessmentView a : p.assessments()) {
                deficits += a.deficits();
                closed += a.deficitsClosed();
                for (SelfAssessmentView.ItemView i : a.items()) {
                    items.add(Map.of(
                            "programme",
                            p.title(),
                            "mentee",
                            a.menteeName(),
                            "title",
                            i.title(),
                            "start",
                            i.startScore(),
                            "end",
                            dash(i.endScore()),
                            "growth",
                            dash(a.growth(i)),
                            "closed",
                            text(
                                    !a.deficit(i)
                                            ? "monitoring.programmes.deficit.none"
                                            : a.closed(i)
                                                    ? "monitoring.programmes.deficit.closed"
                                                    : "monitoring.programmes.deficit.open")));
                }
            }
            for (ProgrammeResultView r : p.results()) {
                results.add(
                        Map.of("programme", p.title(), "what", result(r), "date", Dates.DATE.format(r.achievedOn())));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("school", school);
        model.put("from", Dates.DATE.format(from));
        model.put("to", Dates.DATE.format(to));
        model.put("count", programmes.size());
        model.put("deficits", deficits);
        model.put("closed", closed);
        model.put("programmes", list);
        model.put("checkIns", checkIns);
        model.put("sources", sources);
        model.put("answers", answers);
        model.put("swot", swot);
        model.put("items", items);
        model.put("results", results);
        model.put("curator", signatures.curator());
        model.put("headPosition", signatures.headPosition());
        model.put("head", signatures.head());
        return DocxTemplates.render(new ByteArrayInputStream(template()), model);
    }

    private void source(List<Map<String, Object>> rows, String programme, String part, List<SwotSources.Item> items) {
        for (SwotSources.Item i : items) {
            rows.add(Map.of(
                    "programme",
                    programme,
                    "part",
                    part,
                    "text",
                    messages.getMessage(i.messageKey(), new Object[] {text(i.roleKey()), i.text()}, RU)));
        }
    }

    private String result(ProgrammeResultView r) {
        StringBuilder what = new StringBuilder(text(r.kind().messageKey()));
        if (r.category() != null) {
            what.append(": ").append(text(r.category().messageKey()));
        }
        if (r.level() != null) {
            what.append(", ").append(text(r.level().messageKey()));
        }
        if (r.publication() != null) {
            what.append(": ").append(text(r.publication().messageKey()));
        }
        if (r.won()) {
            what.append(", ").append(text("review.result.won"));
        }
        if (r.title() != null && !r.title().isBlank()) {
            what.append(" — ").append(r.title());
        }
        return what.toString();
    }

    private String role(boolean mentor) {
        return text(mentor ? "review.role.MENTOR" : "review.role.MENTEE").toLowerCase(RU);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, RU);
    }

    private static String dash(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }
}
