package ru.nastavnik.programme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.shared.DefaultContent;
import ru.nastavnik.shared.SchoolTerm;

/**
 * The programme templates shipped with the product, by mentee category (the 2021 methodological recommendations):
 * a goal, the activities every programme of the category has, and a suggested activity for each need of the
 * shared vocabulary. They apply until an organisation edits its own ({@link ProgrammeTemplateManagement}); a
 * programme is instantiated from the effective template and then edited by the pair and the curator. Their wording
 * is content a school starts from, not code.
 */
final class ProgrammeTemplates {

    /** Content, not code: {@code defaults/programme/templates.json}, read once. */
    private static final TemplatesFile SHIPPED =
            DefaultContent.read("defaults/programme/templates.json", TemplatesFile.class);

    private static final List<StandardActivity> STANDARD = List.copyOf(SHIPPED.standard());

    private static final Map<MenteeCategory, String> GOALS = Map.copyOf(SHIPPED.goals());

    private static final Map<String, SuggestedActivity> BY_NEED = Map.copyOf(SHIPPED.byNeed());

    /** The activity for a need of the school's own, which the shipped suggestions do not know. */
    private static final OwnNeed OWN_NEED = SHIPPED.ownNeed();

    record TemplatesFile(
            String title,
            Map<MenteeCategory, String> goals,
            List<StandardActivity> standard,
            Map<String, SuggestedActivity> byNeed,
            OwnNeed ownNeed) {}

    record OwnNeed(String titlePrefix, String form, String expectedResult, String reportForm) {}

    private ProgrammeTemplates() {}

    /** A new programme's title, naming its mentees: the curator may change it. */
    static String title(String mentees) {
        return SHIPPED.title().replace("{mentees}", mentees);
    }

    static String goal(MenteeCategory category) {
        return GOALS.getOrDefault(category, GOALS.get(MenteeCategory.OTHER));
    }

    /** The shipped standard activities: the same for every category. */
    static List<StandardActivity> standard() {
        return STANDARD;
    }

    /** The shipped suggestion for a need of the shared vocabulary, or null for a need of the school's own. */
    static SuggestedActivity suggestion(String need) {
        return BY_NEED.get(need);
    }

    /** The plan from the shipped defaults. */
    static List<PlanItem> plan(
            SchoolTerm term, List<String> needs, Map<String, String> titles, LocalDate from, LocalDate to) {
        return plan(term, STANDARD, BY_NEED::get, needs, titles, from, to);
    }

    /**
     * The plan: the template's standard activities at their times, one activity per need, the needs and the
     * SPREAD activities evenly over the period's study days, all in date order. A need with no suggestion gets a general
     * activity with its title. Study days are the production calendar's ({@code term}).
     */
    static List<PlanItem> plan(
            SchoolTerm term,
            List<StandardActivity> standard,
            Function<String, SuggestedActivity> suggestions,
            List<String> needs,
            Map<String, String> titles,
            LocalDate from,
            LocalDate to) {
        List<PlanItem> plan = new ArrayList<>();
        List<PlanItem> spread = new ArrayList<>();
        for (String code : needs) {
            SuggestedActivity s = suggestions.apply(code);
            String need = titles.getOrDefault(code, code);
            spread.add(
                    s == null
                            ? new PlanItem(
                                    need,
                                    OWN_NEED.titlePrefix() + need,
                                    OWN_NEED.form(),
                                    from,
                                    ActivityRole.BOTH,
                                    OWN_NEED.expectedResult(),
                                    OWN_NEED.reportForm())
                            : new PlanItem(
                                    need,
                                    s.title(),
                                    s.form(),
                                    from,
                                    ActivityRole.BOTH,
                                    s.expectedResult(),
                                    s.reportForm()));
        }
        PlanDays days = new PlanDays(term, from, to);
        List<PlanItem> last = new ArrayList<>();
        for (StandardActivity a : standard) {
            if (a.timing() == ActivityTiming.SPREAD) {
                spread.add(item(a, from));
            } else {
                (a.timing() == ActivityTiming.END ? last : plan)
                        .add(item(a, a.timing().dueOn(days, from, a.offsetDays())));
            }
        }
        for (int i = 0; i < spread.size(); i++) {
            PlanItem p = spread.get(i);
            plan.add(new PlanItem(
                    p.need(),
                    p.title(),
                    p.form(),
                    days.fromStart((days.size() - 1) * (i + 1) / (spread.size() + 1)),
                    p.responsible(),
                    p.expectedResult(),
                    p.reportForm()));
        }
        // the sort is stable: what is "at the end" stays after anything else dated on the last day
        plan.addAll(last);
        plan.sort(Comparator.comparing(PlanItem::dueOn));
        return plan;
    }

    private static PlanItem item(StandardActivity a, LocalDate due) {
        return new PlanItem(null, a.title(), a.form(), due, a.responsible(), a.expectedResult(), a.evidence());
    }
}
