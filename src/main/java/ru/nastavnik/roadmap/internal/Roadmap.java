package ru.nastavnik.roadmap.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MentorFigures;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.events.EventFigures;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.practices.PracticeFigures;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.RunningProgrammes;
import ru.nastavnik.roadmap.internal.StageProgress.Figure;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Where the school stands on stages 1–6 of its roadmap: the consents of stage 1, the mentee bank of stage 2, the
 * mentor bank of stage 3, mentees given a mentor (stage 4), pairs at work with approved programmes (stage 5), and
 * the events and the practice library that complete the programmes (stage 6).
 */
@Service
@Transactional(readOnly = true)
public class Roadmap {

    private final StaffManagement staff;
    private final ConsentCheck consents;
    private final BankEntries banks;
    private final Mentorships mentorships;
    private final RunningProgrammes programmes;
    private final OrderRegister orders;
    private final EventFigures events;
    private final PracticeFigures practices;

    Roadmap(
            StaffManagement staff,
            ConsentCheck consents,
            BankEntries banks,
            Mentorships mentorships,
            RunningProgrammes programmes,
            OrderRegister orders,
            EventFigures events,
            PracticeFigures practices) {
        this.orders = orders;
        this.events = events;
        this.practices = practices;
        this.staff = staff;
        this.consents = consents;
        this.banks = banks;
        this.mentorships = mentorships;
        this.programmes = programmes;
    }

    /**
     * Figures only, no names: the roadmap reads the banks without recording a read of every person in them, and
     * asks for consents of all people at once (the figures cost the same number of queries for any school).
     */
    public List<StageProgress> of(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
        long people = staff.currentCount(caller, organisation);
        long withConsent = consents.countValidAmongStaff(organisation, ConsentPurpose.PERSONAL_DATA);
        Set<PersonId> inMenteeBank = Set.copyOf(banks.menteeIds(organisation));
        // counted in SQL, the duties' consents by a join: a school of a thousand mentors sent their ids back and forth
        MentorFigures mentors = banks.mentorFigures(organisation);
        List<MentorshipView> running = mentorships.withoutNames(caller, organisation).stream()
                .filter(p -> !p.status().ended())
                .toList();
        long active = running.stream()
                .filter(p -> p.status() == MentorshipStatus.ACTIVE)
                .count();
        Set<PersonId> paired = running.stream()
                .flatMap(p -> p.currentMentees().stream().map(m -> m.personId()))
                .collect(Collectors.toSet());
        // a paired mentee usually stays in the bank: each person is counted once, waiting or paired
        Set<PersonId> menteesInAll = new HashSet<>(inMenteeBank);
        menteesInAll.addAll(paired);
        // of the pairs not ended only, as its denominator: a pair ended early keeps its approved programme
        long approvedProgrammes =
                programmes
                        .statuses(
                                caller,
                                organisation,
                                running.stream().map(MentorshipView::id).toList())
                        .stream()
                        .filter(status -> status == ProgrammeStatus.APPROVED || status == ProgrammeStatus.IN_PROGRESS)
                        .count();
        List<OrderView> issued = orders.list(caller, organisation);
        return List.of(
                new StageProgress(
                        1,
                        "roadmap.stage1",
                        List.of(
                                new Figure("roadmap.figure.pdConsents", withConsent, people),
                                new Figure(
                                        "roadmap.figure.dutiesConsents",
                                        mentors.withDutiesConsent(),
                                        mentors.mentors())),
                        "/consent/consents",
                        ofKind(issued, OrderKind.REGULATION)),
                new StageProgress(
                        2,
                        "roadmap.stage2",
                        List.of(new Figure("roadmap.figure.mentees", inMenteeBank.size(), null)),
                        "/bank/mentees",
                        List.of()),
                new StageProgress(
                        3,
                        "roadmap.stage3",
                        List.of(
                                new Figure("roadmap.figure.mentors", mentors.mentors(), null),
                                new Figure("roadmap.figure.trained", mentors.trained(), mentors.mentors())),
                        "/bank/mentors",
                        List.of()),
                new StageProgress(
                        4,
                        "roadmap.stage4",
                        List.of(new Figure("roadmap.figure.paired", paired.size(), (long) menteesInAll.size())),
                        "/matching/runs",
                        List.of()),
                new StageProgress(
                        5,
                        "roadmap.stage5",
                        List.of(
                                new Figure("roadmap.figure.activePairs", active, (long) running.size()),
                                new Figure("roadmap.figure.programmes", approvedProgrammes, (long) running.size())),
                        "/mentorship/pairs",
                        ofKind(issued, OrderKind.ASSIGNMENT, OrderKind.PROGRAMME_APPROVAL)),
                completion(organisation));
    }

    /**
     * Stage 6: the programmes end with the school's conference (or seminar) and a round table that picks the best
     * practices for the library; the installation sessions and consultations along the way count too.
     */
    private StageProgress completion(OrganisationId organisation) {
        Map<EventKind, Long> held = events.heldBy(organisation);
        return new StageProgress(
                6,
                "roadmap.stage6",
                List.of(
                        new Figure(
                                "roadmap.figure.sessions",
                                held.get(EventKind.INSTALLATION_SESSION)
                                        + held.get(EventKind.CONSULTATION)
                                        + held.get(EventKind.MASTER_CLASS)
                                        + held.get(EventKind.OPEN_LESSON),
                                null),
                        new Figure(
                                "roadmap.figure.conferences",
                                held.get(EventKind.CONFERENCE) + held.get(EventKind.SEMINAR),
                                null),
                        new Figure("roadmap.figure.roundTables", held.get(EventKind.ROUND_TABLE), null),
                        new Figure("roadmap.figure.practices", practices.inLibrary(organisation), null)),
                "/events",
                List.of());
    }

    private static List<OrderView> ofKind(List<OrderView> orders, OrderKind... kinds) {
        Set<OrderKind> wanted = Set.of(kinds);
        return orders.stream().filter(o -> wanted.contains(o.kind())).toList();
    }
}
