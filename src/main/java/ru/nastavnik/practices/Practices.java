package ru.nastavnik.practices;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The library's public API. A module proposes a practice from its own record once it has checked that the
 * caller may (the library cannot know who took part in a programme); one source gives at most one proposal.
 * The organisation's curator or director sees the proposals and decides on them.
 */
@Service
@Transactional
public class Practices {

    private final PracticeRepository practices;
    private final StaffProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Practices(PracticeRepository practices, StaffProfiles profiles, ApplicationEventPublisher events, Clock clock) {
        this.practices = practices;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    public PracticeView propose(NewPractice proposal) {
        if (practices.fromSource(proposal.organisation().value(), proposal.sourceKind(), proposal.sourceId()).isPresent()) {
            throw InvalidInputException.of("source", "practice.alreadyProposed");
        }
        Practice practice;
        try {
            practice = practices.saveAndFlush(new Practice(proposal, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // two participants pressed the button at once: the unique index keeps one proposal per source
            throw InvalidInputException.of("source", "practice.alreadyProposed");
        }
        audit(practice, AuditAction.CREATE, "предложена лучшая практика");
        return practice.view();
    }

    /** The proposal drawn from a source, if there is one (a programme's page shows where its proposal stands). */
    @Transactional(readOnly = true)
    public Optional<PracticeView> fromSource(OrganisationId organisation, PracticeSourceKind kind, UUID source) {
        return practices.fromSource(organisation.value(), kind, source).map(Practice::view);
    }

    @Transactional(readOnly = true)
    public List<PracticeView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        check(caller, organisation);
        return practices.inOrganisation(organisation.value()).stream().map(Practice::view).toList();
    }

    @Transactional(readOnly = true)
    public PracticeCard card(NastavnikPrincipal caller, PracticeId id) {
        return card(managed(caller, id));
    }

    /** As {@link #card(NastavnikPrincipal, PracticeId)}, for an address that names the organisation too. */
    @Transactional(readOnly = true)
    public PracticeCard card(NastavnikPrincipal caller, OrganisationId organisation, PracticeId id) {
        return card(managed(caller, organisation, id));
    }

    private PracticeCard card(Practice practice) {
        PracticeView view = practice.view();
        view.authors().forEach(a -> events.publishEvent(new AuditEvent(view.organisationId(), AuditAction.READ, "Person",
                a.value(), "просмотр практики в методической копилке")));
        Map<PersonId, StaffView> people = profiles.of(view.authors());
        return new PracticeCard(view, view.authors().stream()
                .map(a -> people.containsKey(a) ? people.get(a).data().fullName() : "—").toList());
    }

    public PracticeView accept(NastavnikPrincipal caller, PracticeId id) {
        return accept(managed(caller, id));
    }

    public PracticeView accept(NastavnikPrincipal caller, OrganisationId organisation, PracticeId id) {
        return accept(managed(caller, organisation, id));
    }

    private PracticeView accept(Practice practice) {
        practice.accept(clock.instant());
        audit(practice, AuditAction.UPDATE, "практика принята в копилку");
        return practice.view();
    }

    public PracticeView reject(NastavnikPrincipal caller, PracticeId id, String reason) {
        return reject(managed(caller, id), reason);
    }

    public PracticeView reject(NastavnikPrincipal caller, OrganisationId organisation, PracticeId id, String reason) {
        return reject(managed(caller, organisation, id), reason);
    }

    private PracticeView reject(Practice practice, String reason) {
        practice.reject(reason, clock.instant());
        audit(practice, AuditAction.UPDATE, "практика отклонена");
        return practice.view();
    }

    private Practice managed(NastavnikPrincipal caller, PracticeId id) {
        Practice practice = practices.findById(id.value()).orElseThrow(NotFoundException::new);
        check(caller, practice.organisation());
        return practice;
    }

    private Practice managed(NastavnikPrincipal caller, OrganisationId organisation, PracticeId id) {
        Practice practice = managed(caller, id);
        if (!practice.organisation().equals(organisation)) {
            throw new NotFoundException();
        }
        return practice;
    }

    /** Another school's practice does not exist for the caller (404), as everywhere in the product. */
    private static void check(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
    }

    private void audit(Practice practice, AuditAction action, String details) {
        events.publishEvent(new AuditEvent(practice.organisation(), action, "Practice", practice.id(), details));
    }
}
