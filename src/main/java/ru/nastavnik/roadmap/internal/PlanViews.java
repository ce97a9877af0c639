package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.roadmap.ActivityStatus;
import ru.nastavnik.roadmap.EvidenceKind;
import ru.nastavnik.roadmap.Milestone;
import ru.nastavnik.roadmap.internal.MilestoneLog.Reached;
import ru.nastavnik.roadmap.internal.PlanView.ActivityView;
import ru.nastavnik.roadmap.internal.PlanView.EvidenceView;
import ru.nastavnik.roadmap.internal.PlanView.StageView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/** A plan as its reader sees it: statuses derived from the milestones, evidence, and the responsible people's names. */
@Component
class PlanViews {

    static final int NEXT = 5;

    private final RoadmapPlanRepository plans;
    private final EvidenceDocumentRepository documents;
    private final MilestoneLog log;
    private final StaffManagement staff;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;
    private final SheetTexts texts;

    PlanViews(
            RoadmapPlanRepository plans,
            EvidenceDocumentRepository documents,
            MilestoneLog log,
            StaffManagement staff,
            ApplicationEventPublisher events,
            SchoolDates dates,
            SheetTexts texts) {
        this.texts = texts;
        this.plans = plans;
        this.documents = documents;
        this.log = log;
        this.staff = staff;
        this.events = events;
        this.dates = dates;
    }

    PlanView of(NastavnikPrincipal caller, RoadmapPlan plan, boolean editable, boolean school) {
        return of(caller, plan, editable, school, dates.today(plan.organisation()));
    }

    /** {@code today}: the organisation's, when the caller has read it already. */
    PlanView of(NastavnikPrincipal caller, RoadmapPlan plan, boolean editable, boolean school, LocalDate today) {
        return of(caller, plan, editable, school, today, false);
    }

    /** {@code prospective}: a plan not stored, read from above before the school opened its roadmap. */
    PlanView of(
            NastavnikPrincipal caller,
            RoadmapPlan plan,
            boolean editable,
            boolean school,
            LocalDate today,
            boolean prospective) {
        OrganisationId organisation = plan.organisation();
        Map<Milestone, List<Reached>> reached =
                log.reached(List.of(organisation), plan.year()).getOrDefault(organisation, Map.of());
        Map<PersonId, String> names = editable && school ? names(caller, organisation, plan.activities()) : Map.of();
        Map<UUID, List<EvidenceDocument>> attached = attached(plan.activities());
        List<ActivityView> activities = plan.activities().stream()
                .map(a -> view(
                        a,
                        of(reached, a.milestone()),
                        attached.getOrDefault(a.id(), List.of()),
                        names,
                        today,
                        editable))
                .toList();
        List<StageView> stages = IntStream.rangeClosed(1, 7)
                .mapToObj(n -> new StageView(
                        n,
                        "roadmap.stage" + n,
                        activities.stream().filter(a -> a.stage() == n).toList()))
                .toList();
        List<ActivityView> next = activities.stream()
                .filter(a -> !a.status().finished())
                .sorted(Comparator.comparing((ActivityView a) -> a.status() != ActivityStatus.OVERDUE)
                        .thenComparing(ActivityView::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(NEXT)
                .toList();
        List<SchoolYear> years =
                plans.years(organisation.value()).stream().map(SchoolYear::new).toList();
        return new PlanView(
                prospective ? null : plan.id(),
                organisation,
                plan.year(),
                plan.template(),
                editable,
                prospective,
                plan.version(),
                stages,
                next,
                years);
    }

    /** Done, overdue and all activities of each school's plan for the year, in two queries for any number of schools. */
    Map<OrganisationId, int[]> progress(Set<OrganisationId> schools, SchoolYear year) {
        List<PlanActivity> activities =
                plans.activitiesOf(schools.stream().map(OrganisationId::value).toList(), year.startYear());
        // by the schools, not by their activities: one bound list however large the territory
        Set<UUID> attached = schools.isEmpty()
                ? Set.of()
                : documents.activitiesWithDocuments(
                        schools.stream().map(OrganisationId::value).toList());
        return count(schools, year, activities, attached);
    }

    /** The same for plans not stored ({@link ProspectivePlans}): no document is attached to their activities yet. */
    Map<OrganisationId, int[]> progress(Map<OrganisationId, RoadmapPlan> prospective, SchoolYear year) {
        return count(
                prospective.keySet(),
                year,
                prospective.values().stream()
                        .flatMap(p -> p.activities().stream())
                        .toList(),
                Set.of());
    }

    /** By school: activities finished, overdue, and all. */
    private Map<OrganisationId, int[]> count(
            Set<OrganisationId> schools, SchoolYear year, List<PlanActivity> activities, Set<UUID> attached) {
        Map<OrganisationId, Map<Milestone, List<Reached>>> reached = log.reached(schools, year);
        // each school's activities overdue by its own date (one query for all of them)
        Map<OrganisationId, LocalDate> today = dates.today(schools);
        Map<OrganisationId, int[]> counts = new java.util.HashMap<>();
        for (PlanActivity a : activities) {
            ActivityStatus status = a.status(
                    !of(reached.getOrDefault(a.plan().organisation(), Map.of()), a.milestone())
                                    .isEmpty()
                            || attached.contains(a.id()),
                    today.get(a.plan().organisation()));
            int[] c = counts.computeIfAbsent(a.plan().organisation(), o -> new int[3]);
            c[0] += status.finished() ? 1 : 0;
            c[1] += status == ActivityStatus.OVERDUE ? 1 : 0;
            c[2]++;
        }
        return counts;
    }

    /** The documents attached to the activities, by activity: evidence of its own, which shows the activity done. */
    private Map<UUID, List<EvidenceDocument>> attached(List<PlanActivity> activities) {
        if (activities.isEmpty()) {
            return Map.of();
        }
        return documents.ofActivities(activities.stream().map(PlanActivity::id).toList()).stream()
                .collect(Collectors.groupingBy(EvidenceDocument::activity));
    }

    private static List<Reached> of(Map<Milestone, List<Reached>> reached, Milestone milestone) {
        return milestone == null ? List.of() : reached.getOrDefault(milestone, List.of());
    }

    private Map<PersonId, String> names(
            NastavnikPrincipal caller, OrganisationId organisation, List<PlanActivity> activities) {
        Set<PersonId> named = activities.stream()
                .map(PlanActivity::responsible)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (named.isEmpty()) {
            return Map.of();
        }
        Map<PersonId, StaffView> found = staff.currentAmong(caller, organisation, named);
        events.publishEvent(AuditBatch.reads(
                organisation,
                "Person",
                found.keySet().stream().map(PersonId::value).toList(),
                "дорожная карта: ответственные за мероприятия"));
        return found.values().stream()
                .collect(Collectors.toMap(StaffView::id, v -> v.data().fullName()));
    }

    private ActivityView view(
            PlanActivity a,
            List<Reached> reached,
            List<EvidenceDocument> attached,
            Map<PersonId, String> names,
            LocalDate today,
            boolean editable) {
        ActivityStatus status = a.status(!reached.isEmpty() || !attached.isEmpty(), today);
        List<EvidenceView> evidence = new ArrayList<>(evidence(reached, editable));
        attached.forEach(d -> evidence.add(new EvidenceView(
                EvidenceKind.DOCUMENT,
                texts.text("house.roadmap.evidence.document", d.title(), Dates.DATE.format(d.date())),
                editable ? href(a, d) : null,
                1,
                d.date())));
        return new ActivityView(
                a.id(),
                a.stage(),
                a.content(),
                a.milestone(),
                a.deadline(),
                a.responsible(),
                a.responsible() == null ? null : names.get(a.responsible()),
                status,
                a.overridden(),
                a.overrideComment(),
                a.overrideBy(),
                evidence,
                a.version());
    }

    private static String href(PlanActivity a, EvidenceDocument d) {
        return d.order() != null
                ? "/mentorship/orders/" + d.order() + "/document"
                : "/roadmap/activities/" + a.id() + "/documents/" + d.id();
    }

    /** Orders, questionnaires and events one by one; people only as a count. */
    private static List<EvidenceView> evidence(List<Reached> reached, boolean links) {
        List<EvidenceView> shown = new ArrayList<>();
        reached.stream()
                .filter(r -> !r.kind().counted())
                .forEach(r -> shown.add(new EvidenceView(
                        r.kind(),
                        r.label(),
                        links ? href(r) : null,
                        1,
                        LocalDate.ofInstant(r.at(), Dates.DEFAULT_ZONE))));
        // counted in SQL already: one row a kind of people (MilestoneLog.reached)
        reached.stream()
                .filter(r -> r.kind().counted())
                .forEach(r -> shown.add(new EvidenceView(
                        r.kind(),
                        null,
                        links ? href(r) : null,
                        r.count(),
                        LocalDate.ofInstant(r.at(), Dates.DEFAULT_ZONE))));
        return shown;
    }

    private static String href(Reached r) {
        return switch (r.kind()) {
            case ORDER -> "/mentorship/orders/" + r.evidence() + "/document";
            case QUESTIONNAIRE -> "/survey/questionnaires/" + r.evidence();
            case EVENT -> "/events/" + r.evidence();
            case MENTEE -> "/bank/mentees";
            case MENTOR, COURSE -> "/bank/mentors";
            case PUBLICATION -> "/publishing/publications/" + r.evidence();
            case CONSENT -> "/consent/consents";
            case DOCUMENT -> null;
        };
    }
}
