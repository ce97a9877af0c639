package ru.nastavnik.events.internal;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * Who may do what with events. A school's director or curator organises the school's events, a methodologist
 * those of her municipality or region. Everyone of a school sees the events of the school, its municipality and
 * its region; a methodologist also those of the schools of her territory — and nobody anything else (404).
 */
@Component
class EventAccess {

    private static final Role[] ORGANISERS = {
        Role.DIRECTOR, Role.CURATOR, Role.MUNICIPAL_METHODOLOGIST, Role.REGIONAL_METHODOLOGIST
    };

    private final Organisations organisations;
    private final StaffAccounts accounts;
    private final StaffProfiles profiles;

    EventAccess(Organisations organisations, StaffAccounts accounts, StaffProfiles profiles) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.profiles = profiles;
    }

    /** The signed-in user as a participant: her staff record, its school, and whether she is a mentor there. */
    record Participant(PersonId person, OrganisationId school, boolean mentor, boolean mentee, boolean curator) {}

    boolean organises(NastavnikPrincipal caller, OrganisationId organiser) {
        return caller.hasAnyIn(organiser, ORGANISERS);
    }

    void checkOrganiser(NastavnikPrincipal caller, OrganisationId organiser) {
        if (!organises(caller, organiser)) {
            throw new NotFoundException();
        }
    }

    boolean sees(NastavnikPrincipal caller, OrganisationId organiser) {
        return caller.grants().stream()
                .filter(g -> g.organisation() != null)
                .anyMatch(g -> organisations.isWithin(g.organisation(), organiser)
                        || (methodologist(g) && organisations.isWithin(organiser, g.organisation())));
    }

    /** The event, if the caller may see it; else "not found", as for an id that does not exist. */
    Event visible(NastavnikPrincipal caller, Optional<Event> event) {
        return event.filter(e -> sees(caller, e.organisation())).orElseThrow(NotFoundException::new);
    }

    /** A director or curator sees the registrations of her own school's people. */
    boolean managesSchool(NastavnikPrincipal caller, OrganisationId school) {
        return caller.hasAnyIn(school, Role.DIRECTOR, Role.CURATOR);
    }

    /** The organisers whose events an organisation's list shows: itself and those above it (and below, for a methodologist). */
    Set<UUID> organisersSeenFrom(NastavnikPrincipal caller, OrganisationId from) {
        List<RoleGrant> there = caller.grants().stream()
                .filter(g -> from.equals(g.organisation()))
                .toList();
        if (there.isEmpty()) {
            throw new NotFoundException();
        }
        Set<UUID> organisers = above(from);
        if (there.stream().anyMatch(EventAccess::methodologist)) {
            organisations.subtree(from).forEach(o -> organisers.add(o.id().value()));
        }
        return organisers;
    }

    /** The organisation itself and those above it: its municipality and region. */
    Set<UUID> above(OrganisationId from) {
        Set<UUID> chain = new LinkedHashSet<>();
        OrganisationId current = from;
        for (int depth = 0; current != null && depth < 10; depth++) {
            chain.add(current.value());
            current = organisations
                    .find(current)
                    .map(OrganisationSummary::parentId)
                    .orElse(null);
        }
        return chain;
    }

    /** Whether the organisation's requisites name its head, who signs certificates and protocols. */
    boolean headNamed(OrganisationId organisation) {
        return organisations
                .find(organisation)
                .map(OrganisationSummary::requisites)
                .map(r -> r.head() != null
                        && r.head().lastName() != null
                        && !r.head().lastName().isBlank())
                .orElse(false);
    }

    /** The organisation's kind: a school's round table recommends to the municipality, a municipality's to the region. */
    OrganisationKind kindOf(OrganisationId organisation) {
        return organisations.find(organisation).map(OrganisationSummary::kind).orElse(OrganisationKind.ORGANISATION);
    }

    /** The schools an organiser may invite: itself if it is a school, else the schools of its territory. */
    List<OrganisationSummary> invitableSchools(OrganisationId organiser) {
        return organisations.subtree(organiser).stream()
                .filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .toList();
    }

    boolean isWithin(OrganisationId organisation, OrganisationId area) {
        return organisations.isWithin(organisation, area);
    }

    ZoneId zone(OrganisationId organiser) {
        return organisations
                .find(organiser)
                .map(OrganisationSummary::timeZone)
                .filter(z -> z != null && !z.isBlank())
                .map(ZoneId::of)
                .orElse(Dates.DEFAULT_ZONE);
    }

    String name(OrganisationId organisation) {
        return organisations
                .find(organisation)
                .map(o -> o.shortName() != null && !o.shortName().isBlank() ? o.shortName() : o.name())
                .orElse("—");
    }

    Optional<Participant> participant(NastavnikPrincipal caller) {
        Optional<PersonId> own = accounts.ownId(caller);
        StaffView record = own.map(id -> profiles.of(List.of(id)).get(id)).orElse(null);
        if (record == null) {
            return Optional.empty();
        }
        return Optional.of(new Participant(
                record.id(),
                record.organisationId(),
                caller.has(Role.MENTOR, record.organisationId()),
                caller.has(Role.MENTEE, record.organisationId()),
                caller.hasAnyIn(record.organisationId(), Role.CURATOR, Role.DIRECTOR)));
    }

    private static boolean methodologist(RoleGrant g) {
        return g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST;
    }
}
