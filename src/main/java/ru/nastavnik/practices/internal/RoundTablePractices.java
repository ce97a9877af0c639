package ru.nastavnik.practices.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.practices.PracticeDecisions;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.practices.PracticeStatus;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.internal.PracticeStep.Actor;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;

/** {@link PracticeDecisions} over the practice aggregates: each decision checked against the organiser's library. */
@Service
@Transactional
class RoundTablePractices implements PracticeDecisions {

    private final PracticeRepository practices;
    private final PracticeHierarchy hierarchy;
    private final PracticeAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundTablePractices(
            PracticeRepository practices,
            PracticeHierarchy hierarchy,
            PracticeAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.practices = practices;
        this.hierarchy = hierarchy;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void recogniseBest(OrganisationId organiser, UUID roundTable, Collection<PracticeId> ids) {
        Actor actor = Actor.roundTable(roundTable, access.name(organiser));
        for (Practice practice : load(ids)) {
            if (practice.organisation().equals(organiser)) {
                // a practice the curator already took into the library is named best by the round table all the
                // same: the decision and the protocol's РЕШИЛИ record it, the library keeps it as it is
                if (practice.view().status() != ru.nastavnik.practices.PracticeStatus.ACCEPTED) {
                    practice.accept(clock.instant(), actor);
                }
            } else if (organiser.equals(practice.view().pendingOrganisationId())) {
                practice.acceptUp(organiser, clock.instant(), actor);
            } else {
                throw InvalidInputException.of(
                        "practices",
                        "practice.decision.foreign",
                        practice.view().title());
            }
            audit(practice, "круглый стол признал практику лучшей");
        }
    }

    @Override
    public void recommendUpward(OrganisationId organiser, UUID roundTable, Collection<PracticeId> ids) {
        Actor actor = Actor.roundTable(roundTable, access.name(organiser));
        PracticeLevel level = access.levelOf(organiser);
        for (Practice practice : load(ids)) {
            PracticeView view = practice.view();
            boolean holds = view.organisationId().equals(organiser)
                    || (view.level() != null
                            && access.isWithin(view.organisationId(), organiser)
                            && !view.level().below(level));
            if (!holds) {
                throw InvalidInputException.of("practices", "practice.decision.foreign", view.title());
            }
            hierarchy.propose(practice, level, actor);
        }
    }

    /** The practices a round table may decide on: proposed to the organiser's library, or held there and not sent on. */
    @Override
    @Transactional(readOnly = true)
    public List<Candidate> candidates(OrganisationId organiser) {
        PracticeLevel level = access.levelOf(organiser);
        List<Practice> proposed = level == PracticeLevel.SCHOOL
                ? practices.inOrganisation(organiser.value()).stream()
                        .filter(p -> p.view().status() == PracticeStatus.PROPOSED)
                        .toList()
                : practices.pendingAt(organiser);
        List<java.util.UUID> schools = level == PracticeLevel.SCHOOL
                ? List.of(organiser.value())
                : access.schoolsOf(organiser).stream().map(o -> o.id().value()).toList();
        List<Practice> held = schools.isEmpty() ? List.of() : practices.heldAt(schools, level);
        return java.util.stream.Stream.concat(
                        proposed.stream()
                                .map(p -> new Candidate(
                                        new PracticeId(p.id()), p.view().title(), true)),
                        held.stream()
                                .map(p -> new Candidate(
                                        new PracticeId(p.id()), p.view().title(), false)))
                .toList();
    }

    /** The titles of named practices (a decision shows what it named), whatever became of them since. */
    @Override
    @Transactional(readOnly = true)
    public Map<PracticeId, String> titles(Collection<PracticeId> ids) {
        Map<PracticeId, String> titles = new LinkedHashMap<>();
        practices
                .withIds(ids.stream().map(PracticeId::value).toList())
                .forEach(p -> titles.put(new PracticeId(p.id()), p.view().title()));
        return titles;
    }

    private List<Practice> load(Collection<PracticeId> ids) {
        if (ids == null || ids.isEmpty()) {
            throw InvalidInputException.of("practices", "practice.decision.none");
        }
        List<Practice> found =
                practices.withIds(ids.stream().map(PracticeId::value).distinct().toList());
        if (found.size() != ids.stream().distinct().count()) {
            throw InvalidInputException.of("practices", "practice.decision.unknown");
        }
        return found;
    }

    private void audit(Practice practice, String details) {
        events.publishEvent(
                new AuditEvent(practice.organisation(), AuditAction.UPDATE, "Practice", practice.id(), details));
    }
}
