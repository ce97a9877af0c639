package ru.nastavnik.programme.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.TopicView;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.organisation.SchoolCalendars;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.programme.ProgrammeCard;
import ru.nastavnik.programme.ProgrammeCompleted;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.SatisfactionSurveys;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Pages;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Personalised programmes: drafted from the template of the mentee's category with one activity per need,
 * approved by the curator or director, worked through by the pair ({@link ProgrammeWork}), completed with both
 * evaluations. The curator sees and edits every programme of the school; a mentor and a mentee see and work only
 * in their own ({@link ProgrammeAccess}). Other modules reach what they need of it through
 * {@link ru.nastavnik.programme.Programmes}.
 */
@Service
@Transactional
public class ProgrammeManagement {

    private final ProgrammeRepository programmes;
    private final ProgrammeAccess access;
    private final ProgrammeCards cards;
    private final PairLookup pairs;
    private final BankEntries banks;
    private final Vocabulary vocabulary;
    private final ProgrammeTemplateManagement templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;
    private final SchoolCalendars calendars;

    ProgrammeManagement(
            ProgrammeRepository programmes,
            ProgrammeAccess access,
            ProgrammeCards cards,
            PairLookup pairs,
            BankEntries banks,
            Vocabulary vocabulary,
            ProgrammeTemplateManagement templates,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock,
            SchoolCalendars calendars) {
        this.programmes = programmes;
        this.access = access;
        this.cards = cards;
        this.pairs = pairs;
        this.banks = banks;
        this.vocabulary = vocabulary;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
        this.calendars = calendars;
    }

    /**
     * A draft from the organisation's effective template of the mentee's category (its own, else the shipped one),
     * one activity for each of the mentee's needs.
     */
    public ProgrammeView create(NastavnikPrincipal caller, MentorshipId pairId) {
        MentorshipView pair = pairs.managed(caller, pairId);
        if (pair.status().ended()) {
            throw InvalidInputException.of("status", "mentorship.transition.invalid");
        }
        if (programmes.ofMentorship(pairId.value()).isPresent()) {
            throw InvalidInputException.of("mentorship", "programme.exists");
        }
        OrganisationId organisation = pair.organisationId();
        List<PersonId> mentees = pair.current(MemberRole.MENTEE);
        MenteeView mentee = banks.currentMentee(mentees.get(0)).orElse(null);
        List<String> needs = mentees.stream()
                .flatMap(m -> banks.currentMentee(m).stream())
                .flatMap(m -> m.needs().stream())
                .distinct()
                .toList();
        Map<String, String> titles = vocabulary.of(organisation).stream()
                .collect(Collectors.toMap(TopicView::code, TopicView::title, (a, b) -> a));
        MentorshipView view = pairs.named(caller, pairId);
        String names = view.currentMentees().stream().map(MemberView::fullName).collect(Collectors.joining(", "));
        String tasks = needs.isEmpty()
                ? null
                : needs.stream().map(n -> "— " + titles.getOrDefault(n, n)).collect(Collectors.joining("\n"));
        ProgrammeTemplateView template = templates.effective(organisation, mentee == null ? null : mentee.category());
        Programme programme = programmes.save(new Programme(
                organisation,
                pairId,
                ProgrammeTemplates.title(names),
                template.goal(),
                tasks,
                view.startsOn(),
                view.endsOn(),
                ProgrammeTemplates.plan(
                        calendars.termOf(organisation),
                        template.activities(),
                        templates.effectiveSuggestions(organisation),
                        needs,
                        titles,
                        view.startsOn(),
                        view.endsOn()),
                clock.instant()));
        access.audit(programme, "составлен проект программы");
        return programme.view(access.today(programme));
    }

    @Transactional(readOnly = true)
    public List<ProgrammeView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        return list(caller, organisation, null, Pageable.unpaged()).getContent();
    }

    /** A page of the programmes, those whose title (it names the pair) has {@code q} in it. */
    @Transactional(readOnly = true)
    public Page<ProgrammeView> list(NastavnikPrincipal caller, OrganisationId organisation, String q, Pageable asked) {
        PairLookup.check(caller, organisation);
        LocalDate today = access.today(organisation);
        Page<ProgrammeView> page = Pages.cut(
                programmes.inOrganisation(organisation.value()).stream()
                        .map(p -> p.view(today))
                        .filter(v -> Pages.named(q, v.title()))
                        .toList(),
                asked);
        // a programme's title names its pair: the list is a read of the pairs' members
        events.publishEvent(AuditEvent.ofMany(
                organisation,
                AuditAction.READ,
                "Person",
                pairs.memberIds(page.getContent().stream()
                        .map(ProgrammeView::mentorshipId)
                        .toList()),
                "в списке программ наставничества"));
        return page;
    }

    /** The list for figures only (the roadmap): no title is shown, so no read is recorded. */
    @Transactional(readOnly = true)
    public List<ProgrammeStatus> statuses(NastavnikPrincipal caller, OrganisationId organisation) {
        PairLookup.check(caller, organisation);
        LocalDate today = access.today(organisation);
        return programmes.inOrganisation(organisation.value()).stream()
                .map(p -> p.view(today).status())
                .toList();
    }

    /**
     * The statuses of the organisation's programmes whose pair is one of {@code pairs}, for
     * {@link ru.nastavnik.programme.RunningProgrammes}, which has checked the caller.
     */
    @Transactional(readOnly = true)
    public List<ProgrammeStatus> statusesOfPairs(OrganisationId organisation, Set<UUID> pairs) {
        return programmes.inOrganisation(organisation.value()).stream()
                .filter(programme -> pairs.contains(programme.mentorship().value()))
                .map(Programme::status)
                .toList();
    }

    @Transactional(readOnly = true)
    public ProgrammeCard card(NastavnikPrincipal caller, UUID id) {
        ProgrammeAccess.Access who = access.of(caller, id);
        return cards.card(caller, who, access.today(who.programme()));
    }

    /** Approved by the curator or director; work starts at once if the pair is already at work. */
    public ProgrammeView approve(NastavnikPrincipal caller, UUID id) {
        Programme programme = access.curated(caller, id);
        programme.approve(access.today(programme));
        if (pairs.unnamed(programme.mentorship()).status() == MentorshipStatus.ACTIVE) {
            programme.start();
        }
        access.audit(programme, "программа утверждена");
        return programme.view(access.today(programme));
    }

    /** The pair started (its order registered): its approved programme is now being worked through. */
    void pairStarted(MentorshipId pair) {
        programmes.ofMentorship(pair.value()).ifPresent(Programme::start);
    }

    /**
     * Closes the programme and completes its pair; the results may later be proposed as a best practice. Before its
     * planned end or with activities undone only with {@code confirmed} and the {@code reason}.
     */
    public ProgrammeView complete(NastavnikPrincipal caller, UUID id, boolean confirmed, String reason) {
        Programme programme = access.curated(caller, id);
        programme.complete(access.today(programme), confirmed, reason);
        MentorshipView pair = pairs.unnamed(programme.mentorship());
        events.publishEvent(new SatisfactionSurveys.Send(
                SatisfactionSurveys.Curator.of(caller),
                programme.organisation(),
                pair.current(MemberRole.MENTEE),
                pair.current(MemberRole.MENTOR)));
        pairs.completeWithProgramme(caller, programme.mentorship());
        access.audit(programme, "программа завершена");
        events.publishEvent(new ProgrammeCompleted(programme.organisation(), programme.id(), programme.mentorship()));
        return programme.view(access.today(programme));
    }

    /** The organisation's own date (its time zone's), for a page's default dates. */
    public LocalDate today(OrganisationId organisation) {
        return access.today(organisation);
    }
}
