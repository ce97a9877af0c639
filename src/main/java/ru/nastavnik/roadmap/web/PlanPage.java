package ru.nastavnik.roadmap.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import ru.nastavnik.roadmap.ActivityStatus;
import ru.nastavnik.roadmap.internal.PlanView;
import ru.nastavnik.roadmap.internal.PlanView.ActivityView;
import ru.nastavnik.roadmap.internal.PlanView.EvidenceView;
import ru.nastavnik.roadmap.internal.PlanView.StageView;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.shared.web.PageTexts;

/**
 * The plan's tables as the page shows them: every cell's text, class and link worked out once here (issue 20: the
 * roadmap's ~40 activities in seven tables were a condition, a message lookup or a link per cell, rendered by SpEL and
 * Thymeleaf's message and link expressions on every view). Each message key is looked up once a page
 * ({@link PageTexts}); the texts are escaped by the template as before, and links carry the context path as
 * {@code @{…}} gave them.
 *
 * <p>Public, with its rows, only because SpEL compiles a method call on a public type alone (otherwise each cell's
 * expression stays interpreted: {@code RoadmapExpressionsCompileTests}).
 * The template's loop variables have names of their own ({@code nextStep}, {@code planRow}, {@code planProof}):
 * Thymeleaf caches one compiled expression per text for all templates, and a text such as {@code a.status()} met
 * with another type (the activity page's, the public section's) is compiled anew each time the type changes.
 */
public record PlanPage(List<StageRows> stages, List<NextRow> next) {

    public record StageRows(int number, String heading, String progress, String overdue, List<Row> rows) {}

    /**
     * {@code responsible}: null when no one is named, the name or «назначен» (the reader may not see the staff);
     * {@code role}: who answers for the activity by role when no one is named, as the roadmap document prints it.
     */
    public record Row(
            String rowId,
            String rowClass,
            String number,
            String content,
            String milestone,
            String deadline,
            String responsible,
            String role,
            String statusClass,
            String status,
            String manual,
            String comment,
            List<Evidence> evidence,
            String editId,
            String editHref) {}

    /** {@code href} null: the kind shown as text; {@code count}, {@code label}, {@code date} null: not shown. */
    public record Evidence(String href, String kind, String count, String label, String date) {}

    public record NextRow(String statusClass, String status, String href, String content, String due) {}

    static PlanPage of(PlanView plan, MessageSource messages, Locale locale, String contextPath) {
        PageTexts texts = new PageTexts(messages, locale);
        List<StageRows> stages =
                plan.stages().stream().map(s -> stage(s, texts, contextPath)).toList();
        List<NextRow> next = plan.next().stream()
                .map(a -> new NextRow(
                        a.status() == ActivityStatus.OVERDUE ? "text-bg-danger" : "text-bg-light border",
                        texts.text(a.status().messageKey()),
                        contextPath + "/roadmap/activities/" + a.id(),
                        a.content(),
                        a.deadline() == null ? null : texts.text("home.roadmap.due", date(a.deadline()))))
                .toList();
        return new PlanPage(stages, next);
    }

    private static StageRows stage(StageView s, PageTexts texts, String contextPath) {
        List<ActivityView> activities = s.activities();
        List<Row> rows = new java.util.ArrayList<>(activities.size());
        for (int i = 0; i < activities.size(); i++) {
            rows.add(row(s.number() + "." + (i + 1), activities.get(i), texts, contextPath));
        }
        return new StageRows(
                s.number(),
                texts.text(s.titleKey()),
                texts.text("roadmap.plan.stageProgress", s.done(), activities.size()),
                s.overdue() > 0 ? texts.text("roadmap.plan.overdueCount", s.overdue()) : null,
                rows);
    }

    private static Row row(String number, ActivityView a, PageTexts texts, String contextPath) {
        String responsible = a.responsible() == null
                ? null
                : a.responsibleName() != null ? a.responsibleName() : texts.text("roadmap.plan.responsible.hidden");
        return new Row(
                "activity-" + a.id(),
                a.status() == ActivityStatus.OVERDUE ? "table-danger" : null,
                number,
                a.content(),
                a.milestone() == null
                        ? null
                        : texts.text(
                                "roadmap.milestone.label",
                                texts.text(a.milestone().messageKey())),
                a.deadline() != null ? date(a.deadline()) : "—",
                responsible,
                a.responsible() == null && a.milestone() != null
                        ? texts.text(a.milestone().responsibleKey())
                        : null,
                statusClass(a.status()),
                texts.text(a.status().messageKey()),
                a.manual() ? texts.text("roadmap.plan.manual") : null,
                a.comment(),
                a.evidence().stream().map(e -> evidence(e, texts, contextPath)).toList(),
                "edit-" + a.id(),
                contextPath + "/roadmap/activities/" + a.id());
    }

    private static Evidence evidence(EvidenceView e, PageTexts texts, String contextPath) {
        return new Evidence(
                e.href() == null ? null : contextPath + e.href(),
                texts.text(e.kind().messageKey()),
                e.kind().counted() ? ": " + e.count() : null,
                e.label(),
                // shown, if empty, where neither a count nor a label is
                e.kind().counted() || e.label() != null ? null : e.date() == null ? "" : date(e.date()));
    }

    private static String statusClass(ActivityStatus status) {
        return switch (status) {
            case DONE -> "text-bg-success";
            case OVERDUE -> "text-bg-danger";
            case IN_PROGRESS -> "text-bg-info";
            default -> "text-bg-light border";
        };
    }

    private static String date(LocalDate date) {
        return date == null ? null : Dates.DATE.format(date);
    }
}
