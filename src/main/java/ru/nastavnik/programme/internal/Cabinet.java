package ru.nastavnik.programme.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The signed-in teacher's cabinet: the pairs she is in now, as mentor or mentee, with the names of the others in
 * them (the pair is the reason she may see them; the read is audited) and each pair's programme.
 */
@Service
@Transactional(readOnly = true)
public class Cabinet {

    private final StaffAccounts accounts;
    private final PairLookup mentorships;
    private final ProgrammeRepository programmes;
    private final StaffProfiles profiles;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;

    Cabinet(
            StaffAccounts accounts,
            PairLookup mentorships,
            ProgrammeRepository programmes,
            StaffProfiles profiles,
            ApplicationEventPublisher events,
            SchoolDates dates) {
        this.accounts = accounts;
        this.mentorships = mentorships;
        this.programmes = programmes;
        this.profiles = profiles;
        this.events = events;
        this.dates = dates;
    }

    /** Empty when the account is linked to no staff record: then the teacher has no cabinet yet. */
    public Optional<List<CabinetPair>> of(NastavnikPrincipal caller) {
        return accounts.ownId(caller).map(me -> {
            List<MentorshipView> pairs = mentorships.runningAndEndedWith(me).stream()
                    .filter(pair -> !pair.status().ended() && pair.roleOf(me) != null)
                    .toList();
            Set<PersonId> others = pairs.stream()
                    .flatMap(pair -> pair.people().stream())
                    .filter(p -> !p.equals(me))
                    .collect(Collectors.toSet());
            Map<PersonId, StaffView> names = others.isEmpty() ? Map.of() : profiles.of(others);
            pairs.stream()
                    .collect(Collectors.groupingBy(MentorshipView::organisationId))
                    .forEach((organisation, own) -> events.publishEvent(AuditEvent.ofMany(
                            organisation,
                            AuditAction.READ,
                            "Person",
                            own.stream()
                                    .flatMap(pair -> pair.people().stream())
                                    .filter(others::contains)
                                    .map(PersonId::value)
                                    .toList(),
                            "в личном кабинете участника пары")));
            // each pair by its own school's date: a teacher may mentor in a school of another zone
            Map<OrganisationId, LocalDate> today = new java.util.HashMap<>();
            Map<java.util.UUID, Programme> programmeOf = programmes.byMentorship(
                    pairs.stream().map(pair -> pair.id().value()).toList());
            return pairs.stream()
                    .map(pair -> new CabinetPair(
                            pair.id(),
                            pair.roleOf(me),
                            pair.status(),
                            names(pair, MemberRole.MENTOR, me, names),
                            names(pair, MemberRole.MENTEE, me, names),
                            Optional.ofNullable(programmeOf.get(pair.id().value()))
                                    .map(p -> p.view(today.computeIfAbsent(pair.organisationId(), dates::today)))
                                    .orElse(null)))
                    .sorted(Comparator.comparing(CabinetPair::role))
                    .toList();
        });
    }

    /** The others of the pair in that role; a record no longer readable (restricted, archived) is a dash. */
    private static List<String> names(
            MentorshipView pair, MemberRole role, PersonId me, Map<PersonId, StaffView> names) {
        return pair.current(role).stream()
                .filter(p -> !p.equals(me))
                .map(p -> Optional.ofNullable(names.get(p))
                        .map(v -> v.data().fullName())
                        .orElse("—"))
                .toList();
    }
}
