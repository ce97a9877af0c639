package ru.nastavnik.roadmap.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.roadmap.ActivityStatus;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SchoolTerm;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The roadmap as the organisation's working plan for a school year. The current year's plan starts when first
 * opened by those who keep it: copied from the organisation's last plan (a new school year keeps the old one), else
 * from the nearest template published above it, else from the system's seven stages.
 */
@Service
@Transactional
public class RoadmapPlans {

    private final RoadmapPlanRepository plans;
    private final PlanAccess access;
    private final PlanViews views;
    private final DefaultRoadmap defaults;
    private final StaffManagement staff;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;
    private final SchoolTerm term;
    private final ProspectivePlans prospectivePlans;

    RoadmapPlans(
            RoadmapPlanRepository plans,
            PlanAccess access,
            PlanViews views,
            DefaultRoadmap defaults,
            StaffManagement staff,
            Organisations organisations,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock,
            SchoolTerm term,
            ProspectivePlans prospectivePlans) {
        this.prospectivePlans = prospectivePlans;
        this.plans = plans;
        this.access = access;
        this.views = views;
        this.defaults = defaults;
        this.staff = staff;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
        this.term = term;
    }

    /** The plan of a school year (the current one when {@code year} is null); empty when it was never started. */
    public Optional<PlanView> plan(NastavnikPrincipal caller, OrganisationId organisation, Integer year) {
        PlanAccess.Reader reader = access.reader(caller, organisation);
        LocalDate today = today(organisation);
        SchoolYear current = SchoolYear.of(today);
        SchoolYear wanted = year == null ? current : schoolYear(year);
        // read-only, as a view changes nothing (Hibernate neither copies nor compares it at each flush); so the plan
        // stays read-only for the rest of this transaction: edits come in transactions of their own. Only the first
        // view of the year by those who keep the plan starts it.
        Optional<RoadmapPlan> plan = plans.readWithActivities(organisation.value(), wanted.startYear());
        if (plan.isEmpty() && reader.editable() && wanted.equals(current)) {
            plan = Optional.of(start(caller, organisation, current));
        }
        if (plan.isEmpty() && reader.school() && wanted.equals(current)) {
            // a methodologist above reads the plan the school will start from, its statuses from what it has done
            RoadmapPlan prospective = prospectivePlans
                    .of(Map.of(organisation, access.above(organisation)), current, Map.of(organisation, today))
                    .get(organisation);
            return Optional.of(views.of(caller, prospective, false, true, today, true));
        }
        return plan.map(p -> views.of(caller, p, reader.editable(), reader.school(), today));
    }

    public PlanView.ActivityView edit(
            NastavnikPrincipal caller, ActivityId activity, ActivityEdit edit, Long readVersion) {
        PlanActivity found = editable(caller, activity);
        found.edit(
                edit.content(),
                edit.deadline(),
                responsible(caller, found.plan().organisation(), edit.responsible()),
                readVersion);
        audit(found, "дорожная карта: изменено мероприятие этапа " + found.stage());
        return viewOf(caller, found);
    }

    public PlanView.ActivityView setStatus(
            NastavnikPrincipal caller, ActivityId activity, ActivityStatus status, String comment, Long readVersion) {
        PlanActivity found = editable(caller, activity);
        found.override(status, comment, caller.fullName(), clock.instant(), readVersion);
        audit(found, "дорожная карта: статус мероприятия этапа " + found.stage() + " установлен вручную");
        return viewOf(caller, found);
    }

    public PlanView.ActivityView clearStatus(NastavnikPrincipal caller, ActivityId activity, Long readVersion) {
        PlanActivity found = editable(caller, activity);
        found.clearOverride(readVersion);
        audit(found, "дорожная карта: статус мероприятия этапа " + found.stage() + " снова по событиям");
        return viewOf(caller, found);
    }

    /** An activity with its organisation and school year, for the curator's edit page. */
    public ActivityPage activity(NastavnikPrincipal caller, ActivityId activity) {
        PlanActivity found = editable(caller, activity);
        RoadmapPlan plan = found.plan();
        return new ActivityPage(
                plan.organisation(), plan.year(), access.isSchool(plan.organisation()), viewOf(caller, found));
    }

    public record ActivityPage(
            OrganisationId organisation, SchoolYear year, boolean school, PlanView.ActivityView activity) {}

    /** A new activity in a stage of the current year's plan. */
    public PlanView.ActivityView add(
            NastavnikPrincipal caller, OrganisationId organisation, int stage, ActivityEdit edit) {
        access.checkEdit(caller, organisation);
        RoadmapPlan plan = ensure(caller, organisation, SchoolYear.of(today(organisation)));
        PlanActivity added =
                plan.add(stage, edit.content(), edit.deadline(), responsible(caller, organisation, edit.responsible()));
        plans.flush();
        audit(added, "дорожная карта: добавлено мероприятие этапа " + stage);
        return viewOf(caller, added);
    }

    public void remove(NastavnikPrincipal caller, ActivityId activity) {
        PlanActivity found = editable(caller, activity);
        audit(found, "дорожная карта: удалено мероприятие этапа " + found.stage());
        found.plan().remove(activity.value());
    }

    /** A municipality or region offers its plan to the schools below as the start of their first roadmaps. */
    public PlanView publishAsTemplate(NastavnikPrincipal caller, OrganisationId organisation, boolean published) {
        access.checkEdit(caller, organisation);
        if (access.isSchool(organisation)) {
            throw InvalidInputException.of("template", "roadmap.template.schoolsOnly");
        }
        RoadmapPlan plan = ensure(caller, organisation, SchoolYear.of(today(organisation)));
        plan.publishAsTemplate(published);
        plans.flush();
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "RoadmapPlan",
                plan.id(),
                published ? "дорожная карта опубликована как образец для школ" : "образец дорожной карты снят"));
        return views.of(caller, plan, true, false);
    }

    private RoadmapPlan ensure(NastavnikPrincipal caller, OrganisationId organisation, SchoolYear year) {
        Optional<RoadmapPlan> existing = plans.withActivities(organisation.value(), year.startYear());
        return existing.isPresent() ? existing.get() : start(caller, organisation, year);
    }

    /** The year's plan, made by this call or, when two first views meet, by the other one. */
    private RoadmapPlan start(NastavnikPrincipal caller, OrganisationId organisation, SchoolYear year) {
        int inserted = plans.insertIfAbsent(UUID.randomUUID(), organisation.value(), year.startYear(), clock.instant());
        RoadmapPlan plan = plans.of(organisation.value(), year.startYear()).orElseThrow();
        if (inserted == 1) {
            Optional<RoadmapPlan> last = plans.earlier(organisation.value(), year.startYear()).stream()
                    .findFirst();
            Optional<RoadmapPlan> template = last.isPresent() ? Optional.empty() : nearestTemplate(organisation);
            plan.start(last, template, defaults.items(), today(organisation), term);
            if (last.isPresent()) {
                dropLeavers(caller, plan);
            }
            plans.flush();
            // an audited change: the public section shows this plan, and its cached page is renewed on audited changes
            events.publishEvent(new AuditEvent(
                    organisation,
                    AuditAction.CREATE,
                    "RoadmapPlan",
                    plan.id(),
                    "дорожная карта на " + year.startYear() + "/" + (year.startYear() + 1)
                            + " учебный год составлена"));
        }
        return plan;
    }

    private Optional<RoadmapPlan> nearestTemplate(OrganisationId organisation) {
        List<OrganisationId> above = access.above(organisation);
        List<RoadmapPlan> templates =
                plans.templatesOf(above.stream().map(OrganisationId::value).toList());
        return above.stream()
                .flatMap(o -> templates.stream().filter(t -> t.organisation().equals(o)).findFirst().stream())
                .findFirst();
    }

    /** Last year's responsible people who have left are not carried into the new year. */
    private void dropLeavers(NastavnikPrincipal caller, RoadmapPlan plan) {
        if (!access.isSchool(plan.organisation())) {
            return;
        }
        Set<PersonId> named = plan.activities().stream()
                .map(PlanActivity::responsible)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<PersonId> current = named.isEmpty()
                ? Set.of()
                : staff.currentAmong(caller, plan.organisation(), named).keySet();
        plan.activities().stream()
                .filter(a -> a.responsible() != null && !current.contains(a.responsible()))
                .forEach(PlanActivity::forgetResponsible);
    }

    private PersonId responsible(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        if (person == null) {
            return null;
        }
        if (!access.isSchool(organisation)
                || !staff.currentAmong(caller, organisation, List.of(person)).containsKey(person)) {
            throw InvalidInputException.of("responsible", "roadmap.activity.responsible.notStaff");
        }
        return person;
    }

    private PlanActivity editable(NastavnikPrincipal caller, ActivityId activity) {
        PlanActivity found = plans.activity(activity.value()).orElseThrow(NotFoundException::new);
        access.checkEdit(caller, found.plan().organisation());
        return found;
    }

    private PlanView.ActivityView viewOf(NastavnikPrincipal caller, PlanActivity activity) {
        plans.flush();
        RoadmapPlan plan = activity.plan();
        return views
                .of(caller, plan, true, access.isSchool(plan.organisation()))
                .stages()
                .get(activity.stage() - 1)
                .activities()
                .stream()
                .filter(a -> a.id().equals(activity.id()))
                .findFirst()
                .orElseThrow();
    }

    private void audit(PlanActivity activity, String details) {
        events.publishEvent(new AuditEvent(
                activity.plan().organisation(), AuditAction.UPDATE, "RoadmapActivity", activity.id(), details));
    }

    private static SchoolYear schoolYear(int year) {
        try {
            return new SchoolYear(year);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    private LocalDate today(OrganisationId organisation) {
        return dates.today(organisation);
    }
}
