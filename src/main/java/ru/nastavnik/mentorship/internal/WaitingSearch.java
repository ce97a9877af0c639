package ru.nastavnik.mentorship.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.matching.RunView;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Pages;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.mail.Mail;
import ru.nastavnik.shared.mail.MailTexts;
import ru.nastavnik.shared.mail.Mailbox;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Mentees of the bank still without a pair: the support they get meanwhile, and a standing search — whenever a
 * mentor enters the bank, a pair ends or a mentor's consent to the duties arrives, the school's waiting mentees
 * are checked against mentors with a free place who cover a need, and the curator is told (here, and by e-mail
 * when the installation sends mail). Each mentor is reported once for each mentee.
 */
@Service
@Transactional
public class WaitingSearch {

    private final BankEntries banks;
    private final MentorshipLoads loads;
    private final SupportRepository supports;
    private final MentorshipRepository pairs;
    private final NoticeRepository notices;
    private final PairManagement service;
    private final Matching matching;
    private final UserManagement users;
    private final Mailbox mailbox;
    private final MailTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;

    WaitingSearch(
            BankEntries banks,
            MentorshipLoads loads,
            SupportRepository supports,
            MentorshipRepository pairs,
            NoticeRepository notices,
            PairManagement service,
            Matching matching,
            UserManagement users,
            Mailbox mailbox,
            MailTexts texts,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock) {
        this.banks = banks;
        this.loads = loads;
        this.supports = supports;
        this.pairs = pairs;
        this.notices = notices;
        this.service = service;
        this.matching = matching;
        this.users = users;
        this.mailbox = mailbox;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    @Transactional(readOnly = true)
    public List<WaitingView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        return list(caller, organisation, null, Pageable.unpaged()).getContent();
    }

    /** A page of those waiting, whose name has {@code q} in it; the read is of the page's people and their mentors. */
    @Transactional(readOnly = true)
    public Page<WaitingView> list(NastavnikPrincipal caller, OrganisationId organisation, String q, Pageable asked) {
        PairManagement.check(caller, organisation);
        Map<PersonId, String> reasons = matching.latest(caller, organisation)
                .map(run -> run.unmatched().stream()
                        .collect(Collectors.toMap(
                                RunView.Unmatched::menteeId, RunView.Unmatched::messageKey, (a, b) -> a)))
                .orElse(Map.of());
        List<Support> all = supports.inOrganisation(organisation.value());
        // a mentor found earlier who has left the bank since (e.g. withdrew her consent to the duties) is no suggestion
        Set<PersonId> mentorsInBank =
                banks.mentors(organisation).stream().map(MentorView::personId).collect(Collectors.toSet());
        List<Notice> open = notices.inOrganisation(organisation.value()).stream()
                .filter(Notice::open)
                .filter(n -> mentorsInBank.contains(n.mentor()))
                .toList();
        List<MenteeView> waiting = waiting(organisation);
        Function<PersonId, String> names = service.names(
                caller,
                organisation,
                java.util.stream.Stream.concat(
                                waiting.stream().map(MenteeView::personId),
                                open.stream().map(Notice::mentor))
                        .toList());
        Page<WaitingView> views = Pages.cut(
                waiting.stream()
                        .filter(m -> Pages.named(q, names.apply(m.personId())))
                        .map(m -> new WaitingView(
                                m.personId(),
                                names.apply(m.personId()),
                                m.category().messageKey(),
                                m.needs(),
                                reasons.get(m.personId()),
                                all.stream()
                                        .filter(s -> s.person().equals(m.personId()))
                                        .map(Support::view)
                                        .toList(),
                                open.stream()
                                        .filter(n -> n.mentee().equals(m.personId()))
                                        .map(n -> n.view(names))
                                        .toList()))
                        .toList(),
                asked);
        events.publishEvent(AuditEvent.ofMany(
                organisation,
                AuditAction.READ,
                "Person",
                views.getContent().stream()
                        .flatMap(v -> java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(v.personId()),
                                v.notices().stream().map(n -> n.mentorId())))
                        .map(PersonId::value)
                        .toList(),
                "в списке ожидающих наставника"));
        return views;
    }

    /** The support's id: a client ends it by that id. */
    public UUID assignSupport(
            NastavnikPrincipal caller, OrganisationId organisation, PersonId person, SupportKind kind, String note) {
        PairManagement.check(caller, organisation);
        if (waiting(organisation).stream().noneMatch(m -> m.personId().equals(person))) {
            throw new NotFoundException();
        }
        Support support = supports.save(new Support(organisation, person, kind, note, dates.today(organisation)));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "Person",
                person.value(),
                "назначено сопровождение до подбора наставника"));
        return support.id();
    }

    public void endSupport(NastavnikPrincipal caller, OrganisationId organisation, UUID id) {
        PairManagement.check(caller, organisation);
        Support support = supports.findById(id)
                .filter(s -> s.organisation().equals(organisation))
                .orElseThrow(NotFoundException::new);
        support.end(dates.today(organisation));
        events.publishEvent(new AuditEvent(
                organisation, AuditAction.UPDATE, "Person", support.person().value(), "сопровождение завершено"));
    }

    public void seen(NastavnikPrincipal caller, OrganisationId organisation, UUID id) {
        PairManagement.check(caller, organisation);
        notices.findById(id)
                .filter(n -> n.organisation().equals(organisation))
                .orElseThrow(NotFoundException::new)
                .seen(clock.instant());
    }

    /** Finds, for each waiting mentee, the mentor with a free place who covers most of her needs, if new. */
    public void search(OrganisationId organisation) {
        // one search of a school at a time: a batch enters many mentors at once, and two searches side by side
        // would not see each other's notices and report a mentor twice
        UUID school = organisation.value();
        pairs.lockPerson(~(school.getMostSignificantBits() ^ school.getLeastSignificantBits()));
        List<MentorView> inBank = banks.mentors(organisation);
        Map<PersonId, Integer> load =
                loads.loads(inBank.stream().map(MentorView::personId).toList());
        List<MentorView> free = inBank.stream()
                .filter(m -> load.getOrDefault(m.personId(), 0) < m.capacity())
                .toList();
        if (free.isEmpty()) {
            return;
        }
        Set<String> known = notices.inOrganisation(organisation.value()).stream()
                .map(n -> n.mentee() + ":" + n.mentor())
                .collect(Collectors.toCollection(HashSet::new));
        List<Notice> found = new ArrayList<>();
        for (MenteeView mentee : waiting(organisation)) {
            free.stream()
                    .filter(m -> !m.personId().equals(mentee.personId()))
                    .filter(m ->
                            mentee.needs().isEmpty() || m.competences().stream().anyMatch(mentee.needs()::contains))
                    .max(java.util.Comparator.comparingLong(m -> m.competences().stream()
                            .filter(mentee.needs()::contains)
                            .count()))
                    .filter(m -> !known.contains(mentee.personId() + ":" + m.personId()))
                    .ifPresent(m -> found.add(
                            notices.save(new Notice(organisation, mentee.personId(), m.personId(), clock.instant()))));
        }
        if (!found.isEmpty()) {
            List<Mail> letters = users.emailsOf(organisation, Set.of(Role.CURATOR, Role.DIRECTOR)).stream()
                    .map(to -> new Mail(
                            to,
                            texts.get("mail.waiting.subject"),
                            texts.letter(texts.get("mail.waiting.found", String.valueOf(found.size())))))
                    .toList();
            mailbox.send(letters);
        }
    }

    /** The bank's mentees with no running pair, the pairs read in one query for all of them. */
    private List<MenteeView> waiting(OrganisationId organisation) {
        List<MenteeView> inBank = banks.mentees(List.of(organisation));
        Set<PersonId> paired =
                loads.paired(inBank.stream().map(MenteeView::personId).toList());
        return inBank.stream().filter(m -> !paired.contains(m.personId())).toList();
    }
}
