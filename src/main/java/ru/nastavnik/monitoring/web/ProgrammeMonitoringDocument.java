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
import ru.nastavnik.documents.TemplateBuilder;
import ru.nastavnik.monitoring.CheckInView;
import ru.nastavnik.monitoring.ProgrammeMonitoringResults.Programme;
import ru.nastavnik.monitoring.ProgrammeResultView;
import ru.nastavnik.monitoring.SelfAssessmentView;
import ru.nastavnik.monitoring.SwotSources;
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

    private static final byte[] TEMPLATE = TemplateBuilder.a4()
            .centered("{{school}}", true)
            .emptyLine()
            .centered("РЕЗУЛЬТАТЫ ДВУХЭТАПНОГО МОНИТОРИНГА", true)
            .centered("реализации персонализированных программ наставничества", true)
            .centered("за период с {{from}} по {{to}}", false)
            .emptyLine()
            .justified("Программ наставничества, реализовывавшихся в периоде: {{count}}. Этап 1 — оценка качества "
                    + "процесса реализации программ (промежуточные срезы и анкеты наставников и наставляемых, анкета "
                    + "куратора, SWOT-анализ); этап 2 — оценка результатов (самооценка наставляемых по своим "
                    + "профессиональным дефицитам в начале и по итогам программы, профессиональные результаты). "
                    + "Закрыто дефицитов: {{closed}} из {{deficits}}.")
            .heading("1. Программы наставничества")
            .table(
                    new int[] {8, 52, 34, 34, 28, 24},
                    List.of("№", "Программа", "Наставник", "Наставляемый", "Сроки", "Состояние"),
                    "programmes",
                    List.of(
                            "{{item.n}}",
                            "{{item.title}}",
                            "{{item.mentors}}",
                            "{{item.mentees}}",
                            "{{item.dates}}",
                            "{{item.status}}"),
                    9)
            .heading("2. Этап 1. Промежуточные срезы")
            .table(
                    new int[] {36, 30, 14, 18, 42, 40},
                    List.of("Программа", "Участник", "Встреч", "Удовлетворённость (1–10)", "Продвижение", "Трудности"),
                    "checkIns",
                    List.of(
                            "{{item.programme}}",
                            "{{item.who}}",
                            "{{item.meetings}}",
                            "{{item.satisfaction}}",
                            "{{item.progress}}",
                            "{{item.difficulties}}"),
                    9)
            .heading("3. Этап 1. Ответы анкет участников, разложенные для SWOT-анализа")
            .table(
                    new int[] {40, 30, 110},
                    List.of("Программа", "Раздел", "Ответ"),
                    "sources",
                    List.of("{{item.programme}}", "{{item.part}}", "{{item.text}}"),
                    9)
            .heading("4. Этап 1. Анкета куратора")
            .table(
                    new int[] {40, 22, 22, 22, 74},
                    List.of(
                            "Программа",
                            "План выполняется (1–5)",
                            "Взаимодействие пары (1–5)",
                            "Поддержка достаточна (1–5)",
                            "Выводы"),
                    "answers",
                    List.of(
                            "{{item.programme}}",
                            "{{item.plan}}",
                            "{{item.pair}}",
                            "{{item.support}}",
                            "{{item.conclusions}}"),
                    9)
            .heading("5. Этап 1. SWOT-анализ")
            .table(
                    new int[] {36, 36, 36, 36, 36},
                    List.of("Программа", "Сильные стороны", "Слабые стороны", "Возможности", "Угрозы"),
                    "swot",
                    List.of("{{item.programme}}", "{{item.s}}", "{{item.w}}", "{{item.o}}", "{{item.t}}"),
                    9)
            .heading("6. Этап 2. Самооценка наставляемых по дефицитам (шкала 1–5)")
            .table(
                    new int[] {34, 30, 50, 16, 16, 14, 20},
                    List.of(
                            "Программа",
                            "Наставляемый",
                            "Дефицит (умение)",
                            "В начале",
                            "По итогам",
                            "Рост",
                            "Дефицит закрыт"),
                    "items",
                    List.of(
                            "{{item.programme}}",
                            "{{item.mentee}}",
                            "{{item.title}}",
                            "{{item.start}}",
                            "{{item.end}}",
                            "{{item.growth}}",
                            "{{item.closed}}"),
                    9)
            .heading("7. Этап 2. Профессиональные результаты")
            .table(
                    new int[] {40, 110, 30},
                    List.of("Программа", "Результат", "Дата"),
                    "results",
                    List.of("{{item.programme}}", "{{item.what}}", "{{item.date}}"),
                    9)
            .emptyLine()
            .paragraph("Куратор наставничества ____________________")
            .paragraph("Директор ____________________")
            .build();

    private final MessageSource messages;

    ProgrammeMonitoringDocument(MessageSource messages) {
        this.messages = messages;
    }

    byte[] docx(String school, LocalDate from, LocalDate to, List<Programme> programmes) {
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
                source(sources, p.title(), "Сильные стороны", p.sources().strengths());
                source(sources, p.title(), "Слабые стороны", p.sources().weaknesses());
                source(sources, p.title(), "Возможности", p.sources().opportunities());
                source(sources, p.title(), "Угрозы", p.sources().threats());
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
                            !a.deficit(i) ? "не дефицит" : a.closed(i) ? "да" : "нет"));
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
        return DocxTemplates.render(new ByteArrayInputStream(TEMPLATE), model);
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
