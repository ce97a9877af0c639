package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.RoadmapSource;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.roadmap.PublicRoadmap;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The school's plan as the roadmap document prints it. Reading a plan never starts one: a school that never opened
 * its roadmap gets the seven stages. The responsible people are named as the roadmap page names them — current staff
 * only (one who has left is not printed) — and the read is audited. The roadmap is an internal document of the
 * employer, processed within employment (152-ФЗ art. 6 part 1 items 2, 5): no consent to distribution is asked, and
 * the public section's roadmap ({@link PublicRoadmap}) names no one.
 */
@Component
@Transactional(readOnly = true)
class PlanDocumentRows implements RoadmapSource {

    private final RoadmapPlanRepository plans;
    private final StaffManagement staff;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    PlanDocumentRows(
            RoadmapPlanRepository plans,
            StaffManagement staff,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.messages = messages;
        this.plans = plans;
        this.staff = staff;
        this.events = events;
    }

    @Override
    public Optional<List<Row>> plan(NastavnikPrincipal caller, OrganisationId organisation, LocalDate date) {
        return plans.of(organisation.value(), SchoolYear.of(date).startYear()).map(plan -> {
            List<PlanActivity> activities = plan.activities().stream()
                    .sorted(Comparator.comparingInt(PlanActivity::stage).thenComparingInt(PlanActivity::position))
                    .toList();
            Map<PersonId, String> names = names(caller, organisation, activities);
            return activities.stream()
                    .map(a -> new Row(a.stage(), a.content(), a.deadline(), responsible(a, names)))
                    .toList();
        });
    }

    /**
     * The person the activity names, if she is on the staff; else who answers for such an activity by role (a
     * milestone's activity: «Директор, куратор наставничества» for an order, «Куратор наставничества» for a bank …);
     * else nobody, and the document prints the stage's roles.
     */
    private String responsible(PlanActivity a, Map<PersonId, String> names) {
        String named = a.responsible() == null ? null : names.get(a.responsible());
        if (named != null || a.milestone() == null) {
            return named;
        }
        return messages.getMessage(a.milestone().responsibleKey(), null, null, Locale.forLanguageTag("ru"));
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
                "дорожная карта (документ): ответственные за мероприятия"));
        return found.values().stream()
                .collect(Collectors.toMap(StaffView::id, v -> v.data().fullName()));
    }
}
