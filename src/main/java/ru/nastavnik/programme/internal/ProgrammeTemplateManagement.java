package ru.nastavnik.programme.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.TopicView;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The programme templates of an organisation, edited by its curator or director: per mentee category the goal and
 * the standard activities, per need of its vocabulary the suggested activity. What it has not edited comes from
 * the shipped defaults, so that a new school starts with them and gets later improvements of them. An edit is
 * checked whole and refused whole: one bad row and nothing is saved.
 */
@Service
@Transactional
public class ProgrammeTemplateManagement {

    /** A plan is read and printed; past this many standard activities it stops being personal. */
    static final int MAX_ACTIVITIES = 30;

    private final CategoryTemplateRepository categories;
    private final NeedTemplateRepository needs;
    private final NeedTemplateSetRepository needSets;
    private final EntityManager entityManager;
    private final Vocabulary vocabulary;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeTemplateManagement(
            CategoryTemplateRepository categories,
            NeedTemplateRepository needs,
            NeedTemplateSetRepository needSets,
            EntityManager entityManager,
            Vocabulary vocabulary,
            ApplicationEventPublisher events,
            Clock clock) {
        this.entityManager = entityManager;
        this.categories = categories;
        this.needs = needs;
        this.needSets = needSets;
        this.vocabulary = vocabulary;
        this.events = events;
        this.clock = clock;
    }

    /** The row of a template as typed in: checked with the others before any is kept. */
    public record ActivityInput(
            String title,
            String form,
            ActivityTiming timing,
            Integer offsetDays,
            ActivityRole responsible,
            String expectedResult,
            String evidence) {}

    /** A need's suggestion as typed in; a blank title means "no suggestion". */
    public record SuggestionInput(String code, String title, String form, String expectedResult, String reportForm) {}

    @Transactional(readOnly = true)
    public List<ProgrammeTemplateView> templates(NastavnikPrincipal caller, OrganisationId organisation) {
        PairLookup.check(caller, organisation);
        return Arrays.stream(MenteeCategory.values())
                .map(c -> effective(organisation, c))
                .toList();
    }

    @Transactional(readOnly = true)
    public ProgrammeTemplateView template(
            NastavnikPrincipal caller, OrganisationId organisation, MenteeCategory category) {
        PairLookup.check(caller, organisation);
        return effective(organisation, category);
    }

    @Transactional(readOnly = true)
    public List<NeedSuggestionView> suggestions(NastavnikPrincipal caller, OrganisationId organisation) {
        PairLookup.check(caller, organisation);
        Map<String, NeedTemplate> own = own(organisation);
        return vocabulary.of(organisation).stream()
                .map(t -> own.containsKey(t.code())
                        ? new NeedSuggestionView(
                                t.code(), t.title(), own.get(t.code()).suggestion(), true)
                        : new NeedSuggestionView(t.code(), t.title(), ProgrammeTemplates.suggestion(t.code()), false))
                .toList();
    }

    /** {@code readVersion}: the template's version she edited; refused if someone saved or reset it since. */
    /** The version of the need suggestions as a whole (the If-Match of their next save). */
    @Transactional(readOnly = true)
    public long suggestionsVersion(NastavnikPrincipal caller, OrganisationId organisation) {
        PairLookup.check(caller, organisation);
        return NeedTemplateSet.versionOf(needSets.findById(organisation.value()));
    }

    public ProgrammeTemplateView save(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            MenteeCategory category,
            String goal,
            List<ActivityInput> rows,
            Long readVersion) {
        PairLookup.check(caller, organisation);
        List<Problem> problems = new ArrayList<>();
        if (goal == null || goal.isBlank() || goal.strip().length() > 2000) {
            problems.add(Problem.field("goal", "programme.template.goal.invalid"));
        }
        List<ActivityInput> given = rows == null ? List.of() : rows;
        if (given.size() > MAX_ACTIVITIES) {
            problems.add(Problem.field("activities", "programme.template.activities.tooMany", MAX_ACTIVITIES));
        }
        for (int i = 0; i < given.size(); i++) {
            ActivityInput r =
                    given.get(i) == null ? new ActivityInput(null, null, null, null, null, null, null) : given.get(i);
            problems.addAll(StandardActivity.problems(
                    i + 1, r.title(), r.form(), r.timing(), r.offsetDays(), r.expectedResult(), r.evidence()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<StandardActivity> activities = given.stream()
                .map(r -> new StandardActivity(
                        r.title(),
                        r.form(),
                        r.timing(),
                        r.offsetDays(),
                        r.responsible(),
                        r.expectedResult(),
                        r.evidence()))
                .toList();
        Optional<CategoryTemplate> existing = categories.find(organisation.value(), category);
        StaleVersionException.check(readVersion, CategoryTemplate.versionOf(existing));
        CategoryTemplate template = existing.orElseGet(() -> new CategoryTemplate(organisation, category));
        template.replace(goal.strip(), activities, clock.instant());
        // the answer carries the new version (the next edit's If-Match), which the flush assigns
        categories.saveAndFlush(template);
        audit(organisation, template.id(), "изменён шаблон программы: " + category);
        return template.view();
    }

    /** Back to the shipped template of the category. */
    public ProgrammeTemplateView reset(
            NastavnikPrincipal caller, OrganisationId organisation, MenteeCategory category) {
        PairLookup.check(caller, organisation);
        categories
                .find(organisation.value(), category)
                .filter(CategoryTemplate::edited)
                .ifPresent(t -> {
                    t.reset(clock.instant());
                    categories.flush();
                    audit(organisation, t.id(), "шаблон программы возвращён к исходному: " + category);
                });
        return effective(organisation, category);
    }

    /**
     * Replaces the organisation's suggestions for the needs given; needs not given keep theirs. {@code readVersion}:
     * the suggestions' version she edited; refused if someone saved or reset them since.
     */
    public List<NeedSuggestionView> saveSuggestions(
            NastavnikPrincipal caller, OrganisationId organisation, List<SuggestionInput> rows, Long readVersion) {
        PairLookup.check(caller, organisation);
        Map<String, String> titles = vocabulary.of(organisation).stream()
                .collect(Collectors.toMap(TopicView::code, TopicView::title, (a, b) -> a));
        List<SuggestionInput> given = rows == null ? List.of() : rows;
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            SuggestionInput r = given.get(i);
            if (r == null || r.code() == null || !titles.containsKey(r.code())) {
                problems.add(Problem.cell(i + 1, "code", "programme.template.suggestion.unknownNeed", i + 1));
            } else if (!seen.add(r.code())) {
                problems.add(
                        Problem.cell(i + 1, "code", "programme.template.suggestion.duplicate", titles.get(r.code())));
            } else if (!blank(r)) {
                problems.addAll(SuggestedActivity.problems(
                        i + 1, titles.get(r.code()), r.title(), r.form(), r.expectedResult(), r.reportForm()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StaleVersionException.check(readVersion, NeedTemplateSet.versionOf(needSets.findById(organisation.value())));
        changed(organisation);
        Map<String, NeedTemplate> own = own(organisation);
        for (SuggestionInput r : given) {
            if (own.containsKey(r.code())) {
                needs.delete(own.get(r.code()));
            }
        }
        needs.flush();
        for (SuggestionInput r : given) {
            needs.save(new NeedTemplate(
                    organisation,
                    r.code(),
                    blank(r) ? null : new SuggestedActivity(r.title(), r.form(), r.expectedResult(), r.reportForm()),
                    clock.instant()));
        }
        audit(organisation, organisation.value(), "изменены мероприятия по профессиональным запросам");
        return suggestions(caller, organisation);
    }

    /** Back to the shipped suggestions for every need. */
    public List<NeedSuggestionView> resetSuggestions(NastavnikPrincipal caller, OrganisationId organisation) {
        PairLookup.check(caller, organisation);
        changed(organisation);
        if (needs.deleteOf(organisation.value()) > 0) {
            audit(organisation, organisation.value(), "мероприятия по профессиональным запросам возвращены к исходным");
        }
        return suggestions(caller, organisation);
    }

    /** The template a new programme of the organisation is drafted from. */
    ProgrammeTemplateView effective(OrganisationId organisation, MenteeCategory category) {
        MenteeCategory c = category == null ? MenteeCategory.OTHER : category;
        Optional<CategoryTemplate> own = categories.find(organisation.value(), c);
        return own.filter(CategoryTemplate::edited)
                .map(CategoryTemplate::view)
                .orElseGet(() -> new ProgrammeTemplateView(
                        c,
                        ProgrammeTemplates.goal(c),
                        ProgrammeTemplates.standard(),
                        false,
                        CategoryTemplate.versionOf(own)));
    }

    /** Need code → suggestion (absent: a general activity) as a new programme of the organisation gets them. */
    java.util.function.Function<String, SuggestedActivity> effectiveSuggestions(OrganisationId organisation) {
        Map<String, NeedTemplate> own = own(organisation);
        return code -> own.containsKey(code) ? own.get(code).suggestion() : ProgrammeTemplates.suggestion(code);
    }

    /**
     * A new version of the suggestions as a whole, assigned now (the answer carries it); the row stays locked until
     * the end, so that a concurrent save fails instead of overwriting.
     */
    private void changed(OrganisationId organisation) {
        Optional<NeedTemplateSet> set = needSets.findById(organisation.value());
        if (set.isPresent()) {
            set.get().changed(clock.instant());
            entityManager.lock(set.get(), LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } else {
            NeedTemplateSet first = new NeedTemplateSet(organisation);
            first.changed(clock.instant());
            needSets.saveAndFlush(first);
        }
    }

    private Map<String, NeedTemplate> own(OrganisationId organisation) {
        Map<String, NeedTemplate> own = new HashMap<>();
        needs.of(organisation.value()).forEach(n -> own.put(n.needCode(), n));
        return own;
    }

    private static boolean blank(SuggestionInput r) {
        return (r.title() == null || r.title().isBlank())
                && (r.form() == null || r.form().isBlank())
                && (r.expectedResult() == null || r.expectedResult().isBlank())
                && (r.reportForm() == null || r.reportForm().isBlank());
    }

    private void audit(OrganisationId organisation, UUID subject, String details) {
        events.publishEvent(new AuditEvent(organisation, AuditAction.UPDATE, "ProgrammeTemplate", subject, details));
    }
}
