package ru.nastavnik.programme.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.practices.PracticeSourceKind;
import ru.nastavnik.practices.Practices;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.ProgrammeView;
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

    /** The log's text of a look at the cabinet (the page and its tile on the landing page). */
    private static final String IN_CABINET = "в личном кабинете участника пары";

    private final StaffAccounts accounts;
    private final PairLookup mentorships;
    private final ProgrammeRepository programmes;
    private final StaffProfiles profiles;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;
    private final BankEntries banks;
    private final Practices practices;

    Cabinet(
            StaffAccounts accounts,
            PairLookup mentorships,
            ProgrammeRepository programmes,
            StaffProfiles profiles,
            ApplicationEventPublisher events,
            SchoolDates dates,
            BankEntries banks,
            Practices practices) {
        this.banks = banks;
        this.practices = practices;
        this.accounts = accounts;
        this.mentorships = mentorships;
        this.programmes = programmes;
        this.profiles = profiles;
        this.events = events;
        this.dates = dates;
    }

    /**
     * The landing page's look at her pairs (empty when the account is linked to no staff record: then the teacher has
     * no cabinet yet): those she is in now; the programmes she completed this school year, which the pair's end took
     * out of her cabinet's current pairs though a practice may still be proposed from them; and, for a mentee in no
     * pair now, whether she waits in the mentee bank — a completed programme takes her out of it, and the choice of a
     * mentor is then refused.
     */
    public Optional<Home> home(NastavnikPrincipal caller, boolean mentee) {
        return accounts.ownId(caller).map(me -> {
            List<MentorshipView> all = mentorships.runningAndEndedWith(me);
            List<MentorshipView> now = current(me, all);
            Map<UUID, Programme> programmeOf = programmes.byMentorship(
                    all.stream().map(pair -> pair.id().value()).toList());
            Map<OrganisationId, LocalDate> today = new HashMap<>();
            List<MentorshipView> finished = all.stream()
                    .filter(pair -> pair.status().ended() && pair.roleOf(me) != null)
                    .filter(pair -> {
                        Programme programme = programmeOf.get(pair.id().value());
                        if (programme == null) {
                            return false;
                        }
                        LocalDate day = today.computeIfAbsent(programme.organisation(), dates::today);
                        return completedThisYear(programme.view(day), day);
                    })
                    .toList();
            List<MentorshipView> shown = new ArrayList<>(now);
            shown.addAll(finished);
            recordRead(me, shown, IN_CABINET);
            List<CabinetPair> pairs = cards(me, now, programmeOf, today);
            boolean waiting = mentee
                    && pairs.stream().noneMatch(pair -> pair.role() == MemberRole.MENTEE)
                    && banks.currentMentee(me).isPresent();
            return new Home(
                    pairs,
                    cards(me, finished, programmeOf, today).stream()
                            .map(pair -> new Finished(
                                    pair,
                                    practices
                                            .fromSource(
                                                    pair.programme().organisationId(),
                                                    PracticeSourceKind.PROGRAMME,
                                                    pair.programme().id())
                                            .isEmpty()))
                            .toList(),
                    waiting);
        });
    }

    /** What the landing page shows of her cabinet. */
    public record Home(List<CabinetPair> pairs, List<Finished> finished, boolean waitingInMenteeBank) {}

    /** A programme she completed this school year; {@code mayPropose}: no practice has been proposed from it yet. */
    public record Finished(CabinetPair pair, boolean mayPropose) {}

    /** Completed since the 1st of September of the school year its school is in (the summer belongs to the year past). */
    static boolean completedThisYear(ProgrammeView programme, LocalDate today) {
        if (programme.status() != ProgrammeStatus.COMPLETED || programme.completedOn() == null) {
            return false;
        }
        int autumn = today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() : today.getYear() - 1;
        return !programme.completedOn().isBefore(LocalDate.of(autumn, Month.SEPTEMBER, 1));
    }

    /**
     * The cabinet's page: the pairs she is in now and every programme she has taken part in, the others of all those
     * pairs recorded once in each school's log.
     */
    public Page page(NastavnikPrincipal caller) {
        return accounts.ownId(caller)
                .map(me -> {
                    List<MentorshipView> all = mentorships.runningAndEndedWith(me);
                    List<MentorshipView> now = current(me, all);
                    Mine mine = programmesOf(all);
                    List<MentorshipView> shown = all.stream()
                            .filter(pair -> now.contains(pair) || mine.pairs().contains(pair))
                            .toList();
                    recordRead(me, shown, IN_CABINET);
                    return new Page(cards(me, now), mine.programmes());
                })
                .orElse(new Page(List.of(), List.of()));
    }

    /** What the cabinet's page shows. */
    public record Page(List<CabinetPair> pairs, List<ProgrammeView> programmes) {}

    private static List<MentorshipView> current(PersonId me, List<MentorshipView> pairs) {
        return pairs.stream()
                .filter(pair -> !pair.status().ended() && pair.roleOf(me) != null)
                .toList();
    }

    private List<CabinetPair> cards(PersonId me, List<MentorshipView> pairs) {
        return cards(
                me,
                pairs,
                programmes.byMentorship(
                        pairs.stream().map(pair -> pair.id().value()).toList()),
                new HashMap<>());
    }

    /** {@code programmeOf}: the programmes of these pairs (or more), read already; {@code today}: each school's. */
    private List<CabinetPair> cards(
            PersonId me,
            List<MentorshipView> pairs,
            Map<UUID, Programme> programmeOf,
            Map<OrganisationId, LocalDate> today) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        Set<PersonId> others = pairs.stream()
                .flatMap(pair -> pair.people().stream())
                .filter(p -> !p.equals(me))
                .collect(Collectors.toSet());
        Map<PersonId, StaffView> names = others.isEmpty() ? Map.of() : profiles.of(others);
        // each pair by its own school's date: a teacher may mentor in a school of another zone
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
    }

    /** The programmes the signed-in teacher takes part in, as mentor or mentee, for what shows no one's name. */
    public List<ProgrammeView> programmes(NastavnikPrincipal caller) {
        return accounts.ownId(caller)
                .map(me -> programmesOf(mentorships.runningAndEndedWith(me)).programmes())
                .orElse(List.of());
    }

    /**
     * Her programmes as she is shown them: a programme's title names its pair, so the list is a read of the others
     * in those pairs, recorded in each pair's school's log.
     */
    public List<ProgrammeView> programmesShown(NastavnikPrincipal caller) {
        return accounts.ownId(caller)
                .map(me -> {
                    Mine mine = programmesOf(mentorships.runningAndEndedWith(me));
                    recordRead(me, mine.pairs(), "в списке своих программ наставничества");
                    return mine.programmes();
                })
                .orElse(List.of());
    }

    private record Mine(List<MentorshipView> pairs, List<ProgrammeView> programmes) {}

    private Mine programmesOf(List<MentorshipView> pairs) {
        // each programme by its own school's date, read once a school
        Map<OrganisationId, LocalDate> today = new java.util.HashMap<>();
        // one query for the programmes of all her pairs, in the order of her pairs
        Map<java.util.UUID, Programme> found = programmes.byMentorship(
                pairs.stream().map(pair -> pair.id().value()).toList());
        List<MentorshipView> withProgramme = pairs.stream()
                .filter(pair -> found.containsKey(pair.id().value()))
                .toList();
        return new Mine(
                withProgramme,
                withProgramme.stream()
                        .map(pair -> found.get(pair.id().value()))
                        .map(p -> p.view(today.computeIfAbsent(p.organisation(), dates::today)))
                        .toList());
    }

    /** The others of her pairs, named to her: one read record in each pair's school's log. */
    private void recordRead(PersonId me, List<MentorshipView> pairs, String where) {
        pairs.stream()
                .collect(Collectors.groupingBy(MentorshipView::organisationId))
                .forEach((organisation, own) -> {
                    List<java.util.UUID> others = own.stream()
                            .flatMap(pair -> pair.people().stream())
                            .filter(p -> !p.equals(me))
                            .map(PersonId::value)
                            .distinct()
                            .toList();
                    if (!others.isEmpty()) {
                        events.publishEvent(AuditEvent.ofMany(organisation, AuditAction.READ, "Person", others, where));
                    }
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
