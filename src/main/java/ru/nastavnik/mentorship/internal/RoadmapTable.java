package ru.nastavnik.mentorship.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import ru.nastavnik.mentorship.RoadmapSource;

/**
 * The roadmap document's table from the school's own plan: a row per activity numbered within its stage («1.1.»,
 * «1.2.»), the stage's name on its first row only (as a merged cell reads on paper), a stage the school left empty
 * kept as a row of its own so the seven stages stay whole. The column «Сроки» is printed when some activity has a
 * deadline ({@code roadmap.deadlines}; «до 30.09.2026», {@link DocumentPhrases}); «Ответственные» always: what the
 * plan's row says (the person named, or the activity's role — the roadmap module's {@code RoadmapSource}), else the
 * stage's roles («Куратор наставничества, наставники»), so that a director signs no roadmap with nobody answering for
 * its rows.
 */
final class RoadmapTable {

    static final int STAGES = 7;

    private RoadmapTable() {}

    /** The model with the plan's rows as {@code stages}; the model unchanged (the seven stages) when there is no plan. */
    static Map<String, Object> withPlan(
            Map<String, Object> model, List<RoadmapSource.Row> plan, MessageSource messages) {
        @SuppressWarnings("unchecked")
        List<Map<String, String>> stages = (List<Map<String, String>>) model.get("stages");
        List<Map<String, String>> rows = new ArrayList<>();
        for (int stage = 1; stage <= STAGES; stage++) {
            String title = stages.get(stage - 1).get("title");
            int n = stage;
            List<RoadmapSource.Row> activities =
                    plan.stream().filter(r -> r.stage() == n).toList();
            String byRole = stages.get(stage - 1).get("responsible");
            if (activities.isEmpty()) {
                rows.add(row(stage + ".", title, "", "", byRole));
            }
            for (int i = 0; i < activities.size(); i++) {
                RoadmapSource.Row a = activities.get(i);
                rows.add(row(
                        stage + "." + (i + 1) + ".",
                        i == 0 ? title : "",
                        a.content(),
                        a.deadline() == null ? "" : DocumentPhrases.deadline(a.deadline(), messages),
                        a.responsible() == null ? byRole : a.responsible()));
            }
        }
        Map<String, Object> copy = new LinkedHashMap<>(model);
        copy.put("stages", rows);
        copy.put(
                "roadmap",
                flags(true, plan.stream().map(RoadmapSource.Row::deadline).anyMatch(Objects::nonNull), true));
        return copy;
    }

    /**
     * {@code ownPlan}, {@code deadlines}, {@code responsible}: which of the template's tables is printed (a school's
     * own DOCX may still print without the column; the built-in one always names who answers for a row).
     */
    static Map<String, Object> flags(boolean ownPlan, boolean deadlines, boolean responsible) {
        return Map.of("ownPlan", ownPlan, "deadlines", deadlines, "responsible", responsible);
    }

    private static Map<String, String> row(
            String number, String title, String content, String deadline, String responsible) {
        return Map.of(
                "number", number, "title", title, "content", content, "deadline", deadline, "responsible", responsible);
    }
}
