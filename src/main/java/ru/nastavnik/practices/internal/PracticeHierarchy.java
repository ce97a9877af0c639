package ru.nastavnik.practices.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.internal.PracticeStep.Actor;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Practices up the hierarchy: the keeper of a library (a school's curator or director, a municipality's
 * methodologist) proposes its accepted practice to the library above; that level's methodologist accepts it or
 * returns it with a comment. {@code from} and {@code at} are the organisations the caller acts for.
 */
@Service
@Transactional
public class PracticeHierarchy {

    private final PracticeRepository practices;
    private final PracticeManagement reading;
    private final PracticeAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeHierarchy(
            PracticeRepository practices,
            PracticeManagement reading,
            PracticeAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.practices = practices;
        this.reading = reading;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public PracticeView propose(NastavnikPrincipal caller, OrganisationId from, PracticeId id) {
        PracticeLevel level = access.checkKeeper(caller, from);
        Practice practice = reading.readable(caller, from, id);
        propose(practice, level, Actor.current());
        return practice.view();
    }

    /** The proposals waiting for the area's decision, oldest first. */
    @Transactional(readOnly = true)
    public List<PracticeView> proposals(NastavnikPrincipal caller, OrganisationId area) {
        access.checkArea(caller, area);
        return practices.pendingAt(area).stream().map(Practice::view).toList();
    }

    public PracticeView accept(NastavnikPrincipal caller, OrganisationId at, PracticeId id) {
        access.checkArea(caller, at);
        Practice practice = reading.readable(caller, at, id);
        practice.acceptUp(at, clock.instant(), Actor.current());
        audit(practice, "практика принята в копилку: " + access.name(at));
        return practice.view();
    }

    public PracticeView giveBack(NastavnikPrincipal caller, OrganisationId at, PracticeId id, String comment) {
        access.checkArea(caller, at);
        Practice practice = reading.readable(caller, at, id);
        practice.returnUp(at, comment, clock.instant(), Actor.current());
        audit(practice, "практика возвращена на доработку: " + access.name(at));
        return practice.view();
    }

    /** Sends the practice from the library at {@code level}, which it must have reached, to the library above. */
    void propose(Practice practice, PracticeLevel level, Actor actor) {
        PracticeAccess.Target target = access.above(practice.organisation(), level)
                .orElseThrow(() -> InvalidInputException.of("status", "practice.up.top"));
        practice.proposeUp(level, target.organisation(), target.level(), clock.instant(), actor);
        audit(practice, "практика предложена в копилку: " + access.name(target.organisation()));
    }

    private void audit(Practice practice, String details) {
        events.publishEvent(
                new AuditEvent(practice.organisation(), AuditAction.UPDATE, "Practice", practice.id(), details));
    }
}
