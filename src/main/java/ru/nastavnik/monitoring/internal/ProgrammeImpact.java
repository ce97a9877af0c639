package ru.nastavnik.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.programme.ProgrammeCard;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Stage 2 of a programme's monitoring: the mentee scores herself on her programme's tasks at the start and again at
 * the end, and the pair's curator or mentor records her professional results. Who may see it is who may
 * see the programme (its school's curator and director, its mentor, its mentee; anybody else: 404); a mentee sees
 * only her own self-assessment.
 */
@Service
@Transactional
public class ProgrammeImpact {

    private final Programmes programmes;
    private final SelfAssessmentRepository assessments;
    private final ProgrammeResultRepository results;
    private final StaffAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeImpact(
            Programmes programmes,
            SelfAssessmentRepository assessments,
            ProgrammeResultRepository results,
            StaffAccounts accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.programmes = programmes;
        this.assessments = assessments;
        this.results = results;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ProgrammeImpactView view(NastavnikPrincipal caller, UUID programme) {
        ProgrammeCard card = programmes.card(caller, programme);
        Map<PersonId, String> names = card.pair().members().stream()
                .filter(m -> m.fullName() != null && !m.fullName().isBlank())
                .collect(Collectors.toMap(MemberView::personId, MemberView::fullName, (a, b) -> a));
        PersonId me = card.isMentee() ? accounts.ownId(caller).orElseThrow(NotFoundException::new) : null;
        List<SelfAssessmentView> shown = assessments.findByProgrammeId(programme).stream()
                .filter(a -> me == null || a.mentee().equals(me))
                .map(a -> a.view(names.get(a.mentee())))
                .toList();
        List<String> pending = me != null && shown.isEmpty() ? items(card) : List.of();
        LocalDate opensOn = SelfAssessment.endOpensOn(card.programme().endsOn());
        events.publishEvent(new AuditEvent(
                card.programme().organisationId(),
                AuditAction.READ,
                "Programme",
                programme,
                "самооценка наставляемого и результаты программы"));
        return new ProgrammeImpactView(
                card.programme().id(),
                card.programme().organisationId(),
                card.programme().title(),
                card.programme().status(),
                card.mayEdit(),
                card.isMentor(),
                card.isMentee(),
                shown,
                pending,
                results.findByProgrammeIdOrderByAchievedOnAsc(programme).stream()
                        .map(ProgrammeResult::view)
                        .toList(),
                SelfAssessment.SCALE,
                card.programme().endsOn(),
                opensOn,
                endOpen(
                        card.programme().status(),
                        opensOn,
                        programmes.today(card.programme().organisationId())));
    }

    /** The mentee's scores at the start, one for each of her needs in the order shown. */
    public void start(NastavnikPrincipal caller, UUID programme, List<Integer> scores) {
        ProgrammeCard card = programmes.card(caller, programme);
        PersonId me = mentee(caller, card);
        ProgrammeStatus status = card.programme().status();
        if (status != ProgrammeStatus.APPROVED && status != ProgrammeStatus.IN_PROGRESS) {
            throw InvalidInputException.of("status", "review.assessment.startClosed");
        }
        if (assessments.findByProgrammeIdAndPersonId(programme, me.value()).isPresent()) {
            throw InvalidInputException.of("scores", "review.assessment.started");
        }
        assessments.save(new SelfAssessment(
                card.programme().organisationId(),
                programme,
                me,
                items(card),
                scores,
                programmes.today(card.programme().organisationId())));
        audit(card, "самооценка на старте программы");
    }

    /**
     * Her scores at the end, on the same items as at the start: from a month before the programme's planned end (or
     * once it is completed), and again to correct them until it is completed.
     */
    public void end(NastavnikPrincipal caller, UUID programme, List<Integer> scores) {
        ProgrammeCard card = programmes.card(caller, programme);
        PersonId me = mentee(caller, card);
        ProgrammeStatus status = card.programme().status();
        if (status != ProgrammeStatus.IN_PROGRESS && status != ProgrammeStatus.COMPLETED) {
            throw InvalidInputException.of("status", "review.assessment.endClosed");
        }
        SelfAssessment assessment = assessments
                .findByProgrammeIdAndPersonId(programme, me.value())
                .orElseThrow(() -> InvalidInputException.of("scores", "review.assessment.notStarted"));
        assessment.end(
                scores,
                programmes.today(card.programme().organisationId()),
                SelfAssessment.endOpensOn(card.programme().endsOn()),
                status == ProgrammeStatus.COMPLETED);
        audit(card, "самооценка по итогам программы");
    }

    private static boolean endOpen(ProgrammeStatus status, LocalDate opensOn, LocalDate today) {
        return status == ProgrammeStatus.COMPLETED || status == ProgrammeStatus.IN_PROGRESS && !today.isBefore(opensOn);
    }

    /**
     * "Not in the future" is judged by the school's own date: a result recorded on its today is never refused because
     * the server's clock (UTC) is still on yesterday — e.g. in Moscow after 0:00 — nor one dated tomorrow accepted.
     */
    public void record(NastavnikPrincipal caller, UUID programme, NewResult result) {
        ProgrammeCard card = recorder(caller, programme);
        results.save(new ProgrammeResult(
                card.programme().organisationId(),
                programme,
                result,
                programmes.today(card.programme().organisationId()),
                clock.instant()));
        audit(card, "записан профессиональный результат");
    }

    public void remove(NastavnikPrincipal caller, UUID programme, UUID result) {
        ProgrammeCard card = recorder(caller, programme);
        results.delete(results.findByIdAndProgrammeId(result, programme).orElseThrow(NotFoundException::new));
        audit(card, "удалён профессиональный результат");
    }

    private ProgrammeCard recorder(NastavnikPrincipal caller, UUID programme) {
        ProgrammeCard card = programmes.card(caller, programme);
        if (!card.mayEdit() && !card.isMentor()) {
            throw InvalidInputException.of("programme", "review.result.notAllowed");
        }
        if (card.programme().status() == ProgrammeStatus.DRAFT) {
            throw InvalidInputException.of("status", "review.result.draft");
        }
        return card;
    }

    private PersonId mentee(NastavnikPrincipal caller, ProgrammeCard card) {
        if (!card.isMentee()) {
            throw InvalidInputException.of("programme", "review.assessment.menteeOnly");
        }
        return accounts.ownId(caller).orElseThrow(NotFoundException::new);
    }

    /**
     * The programme's own tasks (its page's and document's «Задачи», fixed when it was approved); with none written,
     * its goal. Not her requests as the mentee bank holds them now: a questionnaire answered since changes those, and
     * the tester's self-assessment measured «Дисциплина…» against a programme whose tasks were the work programme.
     */
    private static List<String> items(ProgrammeCard card) {
        List<String> tasks = card.programme().taskList();
        return tasks.isEmpty()
                ? List.of(card.programme().goal())
                : tasks.subList(0, Math.min(tasks.size(), SelfAssessment.MAX_ITEMS));
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
