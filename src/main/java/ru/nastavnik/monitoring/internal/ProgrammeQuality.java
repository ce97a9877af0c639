package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.programme.ProgrammeCard;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.QuestionnairePurpose;
import ru.nastavnik.survey.SurveyAnswers;

/**
 * Stage 1 of a programme's monitoring, process quality: the pair's mid-point check-ins, and for the curator (and the
 * director) her questionnaire on the programme and her SWOT worksheet with the check-ins and the completion
 * questionnaires' answers pre-sorted beside it. A participant sees only her own check-in; anybody outside the
 * programme: 404.
 */
@Service
@Transactional
public class ProgrammeQuality {

    private final Programmes programmes;
    private final CheckInRepository checkIns;
    private final ProgrammeReviewRepository reviews;
    private final SurveyAnswers answers;
    private final StaffAccounts accounts;
    private final ApplicationEventPublisher events;

    ProgrammeQuality(
            Programmes programmes,
            CheckInRepository checkIns,
            ProgrammeReviewRepository reviews,
            SurveyAnswers answers,
            StaffAccounts accounts,
            ApplicationEventPublisher events) {
        this.programmes = programmes;
        this.checkIns = checkIns;
        this.reviews = reviews;
        this.answers = answers;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ProgrammeQualityView view(NastavnikPrincipal caller, UUID programme) {
        ProgrammeCard card = programmes.card(caller, programme);
        ProgrammeView p = card.programme();
        LocalDate today = programmes.today(p.organisationId());
        Map<PersonId, String> names = card.pair().members().stream()
                .filter(m -> m.fullName() != null && !m.fullName().isBlank())
                .collect(Collectors.toMap(MemberView::personId, MemberView::fullName, (a, b) -> a));
        List<CheckIn> all = checkIns.findByProgrammeIdOrderBySubmittedOnAsc(programme);
        PersonId me = card.mayEdit() ? null : accounts.ownId(caller).orElseThrow(NotFoundException::new);
        List<CheckInView> shown = all.stream()
                .filter(c -> me == null || c.person().equals(me))
                .map(c -> c.view(names.get(c.person())))
                .toList();
        boolean submitted = me != null && all.stream().anyMatch(c -> c.person().equals(me));
        boolean mayCheckIn = me != null
                && !submitted
                && p.status() == ProgrammeStatus.IN_PROGRESS
                && !today.isBefore(CheckIn.opensOn(p.startsOn(), p.endsOn()));
        ProgrammeReview review = card.mayEdit() ? reviews.findById(programme).orElse(null) : null;
        SwotSources sources = null;
        if (card.mayEdit()) {
            List<CheckInView> every =
                    all.stream().map(c -> c.view(names.get(c.person()))).toList();
            List<SwotSources.Sheet> sheets = card.pair().lastMentors().stream()
                    .map(m -> new SwotSources.Sheet(
                            true, answers.latestSheet(m.personId(), QuestionnairePurpose.SATISFACTION_MENTOR)))
                    .collect(Collectors.toList());
            card.pair()
                    .lastMentees()
                    .forEach(m -> sheets.add(new SwotSources.Sheet(
                            false, answers.latestSheet(m.personId(), QuestionnairePurpose.SATISFACTION_MENTEE))));
            sources = SwotSources.sort(
                    every, sheets, missed(card, every, true, today), missed(card, every, false, today));
        }
        events.publishEvent(new AuditEvent(
                p.organisationId(),
                AuditAction.READ,
                "Programme",
                programme,
                "мониторинг качества программы: срезы и анкеты"));
        return new ProgrammeQualityView(
                p.id(),
                p.organisationId(),
                p.title(),
                p.status(),
                card.mayEdit(),
                card.isMentor(),
                card.isMentee(),
                CheckIn.midPoint(p.startsOn(), p.endsOn()),
                CheckIn.opensOn(p.startsOn(), p.endsOn()),
                mayCheckIn,
                shown,
                review == null ? null : review.answers(),
                review == null ? null : review.swot(),
                sources);
    }

    public void checkIn(NastavnikPrincipal caller, UUID programme, NewCheckIn form) {
        ProgrammeCard card = programmes.card(caller, programme);
        if (!card.isMentor() && !card.isMentee()) {
            throw InvalidInputException.of("programme", "review.checkin.participantsOnly");
        }
        if (card.programme().status() != ProgrammeStatus.IN_PROGRESS) {
            throw InvalidInputException.of("status", "review.checkin.notInProgress");
        }
        PersonId me = accounts.ownId(caller).orElseThrow(NotFoundException::new);
        if (checkIns.existsByProgrammeIdAndPersonId(programme, me.value())) {
            throw InvalidInputException.of("programme", "review.checkin.done");
        }
        ProgrammeView p = card.programme();
        checkIns.save(new CheckIn(
                p.organisationId(),
                programme,
                me,
                card.isMentor(),
                form,
                p.startsOn(),
                p.endsOn(),
                programmes.today(p.organisationId())));
        audit(card, "промежуточный срез по программе");
    }

    public void answer(NastavnikPrincipal caller, UUID programme, CuratorAnswers form) {
        ProgrammeCard card = curated(caller, programme);
        review(card).answer(form, programmes.today(card.programme().organisationId()));
        audit(card, "анкета куратора по программе");
    }

    public void fill(NastavnikPrincipal caller, UUID programme, Swot form) {
        ProgrammeCard card = curated(caller, programme);
        review(card).fill(form, programmes.today(card.programme().organisationId()));
        audit(card, "SWOT-анализ программы");
    }

    private ProgrammeReview review(ProgrammeCard card) {
        return reviews.findById(card.programme().id())
                .orElseGet(() -> reviews.save(new ProgrammeReview(
                        card.programme().organisationId(), card.programme().id())));
    }

    private ProgrammeCard curated(NastavnikPrincipal caller, UUID programme) {
        ProgrammeCard card = programmes.card(caller, programme);
        if (!card.mayEdit()) {
            throw new NotFoundException();
        }
        if (card.programme().status() == ProgrammeStatus.DRAFT) {
            throw InvalidInputException.of("status", "review.curator.draft");
        }
        return card;
    }

    /** No check-in from the pair's mentors (or mentees) though the window after the mid-point has passed. */
    private static boolean missed(ProgrammeCard card, List<CheckInView> done, boolean mentor, LocalDate today) {
        ProgrammeView p = card.programme();
        boolean working = p.status() == ProgrammeStatus.IN_PROGRESS || p.status() == ProgrammeStatus.COMPLETED;
        boolean any = card.pair().members().stream()
                .anyMatch(m -> m.role() == (mentor ? MemberRole.MENTOR : MemberRole.MENTEE));
        return working
                && any
                && CheckIn.missed(p.startsOn(), p.endsOn(), today, done.stream().anyMatch(c -> c.mentor() == mentor));
    }

    private void audit(ProgrammeCard card, String details) {
        events.publishEvent(new AuditEvent(
                card.programme().organisationId(),
                AuditAction.UPDATE,
                "Programme",
                card.programme().id(),
                details));
    }
}
