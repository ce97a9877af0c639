package ru.nastavnik.practices.internal;

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
import ru.nastavnik.practices.NewPractice;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.practices.PracticeSourceKind;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.Practices;
import ru.nastavnik.practices.internal.PracticeStep.Actor;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The practices of a school: {@link Practices} for other modules, and for this module's {@code web/} the card, the
 * proposals' decisions at the school and the practice as its keeper edits it. Another school's practice does not
 * exist for the caller (404).
 */
@Service
@Transactional
public class PracticeManagement implements Practices {

    private final PracticeRepository practices;
    private final PracticeAccess access;
    private final StaffProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeManagement(
            PracticeRepository practices,
            PracticeAccess access,
            StaffProfiles profiles,
            ApplicationEventPublisher events,
            Clock clock) {
        this.practices = practices;
        this.access = access;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public PracticeView propose(NewPractice proposal) {
        if (practices
                .fromSource(proposal.organisation().value(), proposal.sourceKind(), proposal.sourceId())
                .isPresent()) {
            throw InvalidInputException.of("source", "practice.alreadyProposed");
        }
        Practice practice;
        try {
            practice = practices.saveAndFlush(new Practice(proposal, clock.instant(), Actor.current()));
        } catch (DataIntegrityViolationException raced) {
            // two participants pressed the button at once: the unique index keeps one proposal per source
            throw InvalidInputException.of("source", "practice.alreadyProposed");
        }
        audit(practice, AuditAction.CREATE, "предложена лучшая практика");
        return practice.view();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PracticeView> fromSource(OrganisationId organisation, PracticeSourceKind kind, UUID source) {
        return practices.fromSource(organisation.value(), kind, source).map(Practice::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PracticeView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        check(caller, organisation);
        return practices.inOrganisation(organisation.value()).stream()
                .map(Practice::view)
                .toList();
    }

    /** The page's card: read in the first of the caller's organisations that holds the practice. */
    @Transactional(readOnly = true)
    public PracticeCard card(NastavnikPrincipal caller, PracticeId id) {
        return card(
                caller,
                practices.findById(id.value()).orElseThrow(NotFoundException::new),
                readingOrganisation(caller, id));
    }

    /** As {@link #card(NastavnikPrincipal, PracticeId)}, read in the library of the organisation the address names. */
    @Transactional(readOnly = true)
    public PracticeCard card(NastavnikPrincipal caller, OrganisationId organisation, PracticeId id) {
        return card(caller, readable(caller, organisation, id), organisation);
    }

    OrganisationId readingOrganisation(NastavnikPrincipal caller, PracticeId id) {
        return access.readingOrganisation(
                caller,
                practices
                        .findById(id.value())
                        .orElseThrow(NotFoundException::new)
                        .view());
    }

    /** The practice if the caller reads it in the organisation's library; else 404. */
    Practice readable(NastavnikPrincipal caller, OrganisationId organisation, PracticeId id) {
        Practice practice = practices.findById(id.value()).orElseThrow(NotFoundException::new);
        if (!access.readsIn(caller, organisation, practice.view())) {
            throw new NotFoundException();
        }
        return practice;
    }

    private PracticeCard card(NastavnikPrincipal caller, Practice practice, OrganisationId readIn) {
        PracticeView view = practice.view();
        view.authors()
                .forEach(a -> events.publishEvent(new AuditEvent(
                        view.organisationId(),
                        AuditAction.READ,
                        "Person",
                        a.value(),
                        "просмотр практики в методической копилке")));
        Map<PersonId, StaffView> people = profiles.of(view.authors());
        PracticeLevel here = access.levelOf(readIn);
        boolean keeper =
                here == PracticeLevel.SCHOOL ? access.managesSchool(caller, readIn) : access.keepsArea(caller, readIn);
        String proposeTo = keeper && view.pendingLevel() == null && view.level() == here
                ? access.above(view.organisationId(), here)
                        .map(t -> access.name(t.organisation()))
                        .orElse(null)
                : null;
        return new PracticeCard(
                view,
                view.authors().stream()
                        .map(a -> people.containsKey(a) ? people.get(a).data().fullName() : "—")
                        .toList(),
                access.name(view.organisationId()),
                practice.history().stream()
                        .map(s -> new PracticeCard.Line(s, access.name(s.organisationId())))
                        .toList(),
                readIn,
                access.managesSchool(caller, view.organisationId()),
                proposeTo,
                view.pendingOrganisationId() != null && access.keepsArea(caller, view.pendingOrganisationId()),
                view.pendingOrganisationId() == null ? null : access.name(view.pendingOrganisationId()));
    }

    /** The practice as its school's director or curator edits it; for anyone else it does not exist. */
    @Transactional(readOnly = true)
    public PracticeView kept(NastavnikPrincipal caller, PracticeId id) {
        return managed(caller, id).view();
    }

    public PracticeView accept(NastavnikPrincipal caller, PracticeId id) {
        return accept(managed(caller, id));
    }

    public PracticeView accept(NastavnikPrincipal caller, OrganisationId organisation, PracticeId id) {
        return accept(managed(caller, organisation, id));
    }

    private PracticeView accept(Practice practice) {
        practice.accept(clock.instant(), Actor.current());
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
        practice.reject(reason, clock.instant(), Actor.current());
        audit(practice, AuditAction.UPDATE, "практика отклонена");
        return practice.view();
    }

    /** The practice, kept by the caller as her school's director or curator; else 404. */
    Practice managed(NastavnikPrincipal caller, PracticeId id) {
        Practice practice = practices.findById(id.value()).orElseThrow(NotFoundException::new);
        check(caller, practice.organisation());
        return practice;
    }

    Practice managed(NastavnikPrincipal caller, OrganisationId organisation, PracticeId id) {
        Practice practice = managed(caller, id);
        if (!practice.organisation().equals(organisation)) {
            throw new NotFoundException();
        }
        return practice;
    }

    /** Another school's practice does not exist for the caller (404), as everywhere in the product. */
    private void check(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!access.managesSchool(caller, organisation)) {
            throw new NotFoundException();
        }
    }

    private void audit(Practice practice, AuditAction action, String details) {
        events.publishEvent(new AuditEvent(practice.organisation(), action, "Practice", practice.id(), details));
    }
}
