package ru.nastavnik.programme.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Who the caller is to a programme: its school's curator or director, who sees and edits every programme of the
 * school, or a mentor or mentee of its pair, who sees and works only in her own — anyone else gets a 404.
 */
@Component
class ProgrammeAccess {

    private final ProgrammeRepository programmes;
    private final PairLookup pairs;
    private final StaffAccounts accounts;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;

    ProgrammeAccess(
            ProgrammeRepository programmes,
            PairLookup pairs,
            StaffAccounts accounts,
            ApplicationEventPublisher events,
            SchoolDates dates) {
        this.programmes = programmes;
        this.pairs = pairs;
        this.accounts = accounts;
        this.events = events;
        this.dates = dates;
    }

    /** Who the caller is to this programme: its school's curator/director, or one of its pair, or nobody (404). */
    Access of(NastavnikPrincipal caller, UUID id) {
        Programme programme = programmes.findById(id).orElseThrow(NotFoundException::new);
        if (caller.hasAnyIn(programme.organisation(), Role.DIRECTOR, Role.CURATOR)) {
            PersonId own = accounts.ownId(caller).orElse(null);
            return new Access(programme, true, null, own);
        }
        PersonId own = accounts.ownId(caller).orElseThrow(NotFoundException::new);
        MemberRole role = pairs.unnamed(programme.mentorship()).roleOf(own);
        if (role == null) {
            throw new NotFoundException();
        }
        return new Access(programme, false, role, own);
    }

    /** The programme, for its school's curator or director only (404 for anyone else). */
    Programme curated(NastavnikPrincipal caller, UUID id) {
        Access access = of(caller, id);
        if (!access.curator()) {
            throw new NotFoundException();
        }
        return access.programme();
    }

    /** The people now in the programme's pair: whom its files and documents are about. */
    List<UUID> members(Programme programme) {
        return pairs.memberIds(List.of(programme.mentorship()));
    }

    void audit(Programme programme, String details) {
        events.publishEvent(
                new AuditEvent(programme.organisation(), AuditAction.UPDATE, "Programme", programme.id(), details));
    }

    /** The programme's school's today: its activities fall due and are done by the school's own date. */
    LocalDate today(Programme programme) {
        return dates.today(programme.organisation());
    }

    LocalDate today(ru.nastavnik.shared.OrganisationId organisation) {
        return dates.today(organisation);
    }

    record Access(Programme programme, boolean curator, MemberRole role, PersonId person) {

        /** The mentor writes the programme with the mentee (the 2021 recommendations); the curator may edit it too. */
        boolean drafter() {
            return curator || role == MemberRole.MENTOR;
        }

        @Override
        public PersonId person() {
            if (person == null) {
                throw InvalidInputException.of("person", "programme.noStaffRecord");
            }
            return person;
        }
    }
}
