package ru.nastavnik.mentorship.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.WorkingDays;

/**
 * A pair (one mentor, one mentee) or a group (several of either). It guards its own life: it becomes active
 * only with a registered order and the consents on file, is paused and resumed, completes, or ends early — by
 * the mentor at any time, by the employer not sooner than three working days after the notice.
 */
@Entity
@Table(name = "mentorship")
class Mentorship extends OrganisationOwned {

    static final int NOTICE_WORKING_DAYS = 3;

    @Id
    private UUID id;

    private String form;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private MentorshipStatus status;

    @Column(name = "proposal_id")
    private UUID proposalId;

    @Column(name = "assignment_order_id")
    private UUID assignmentOrderId;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "activated_on")
    private LocalDate activatedOn;
    // paid days leave out the pauses (Labour Code art. 351.8: the payment is for mentoring actually done)
    @ElementCollection
    @CollectionTable(name = "mentorship_pause", joinColumns = @JoinColumn(name = "mentorship_id"))
    private List<Pause> pauses = new ArrayList<>();

    @Embedded
    private EarlyTermination termination = EarlyTermination.none();

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentorship_member", joinColumns = @JoinColumn(name = "mentorship_id"))
    private List<Member> members = new ArrayList<>();

    @Version
    private Long version;

    protected Mentorship() {}

    Mentorship(
            OrganisationId organisation,
            NewMentorship request,
            List<OrganisationId> mentorOrganisations,
            List<OrganisationId> menteeOrganisations,
            Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.status = MentorshipStatus.PLANNED;
        this.createdAt = now;
        this.proposalId = request.proposalId();
        this.form = request.form();
        this.startsOn = request.startsOn();
        this.endsOn = request.endsOn();
        this.members = PairMembership.of(request, mentorOrganisations, menteeOrganisations);
    }

    void assignedBy(UUID order) {
        requireStatus(MentorshipStatus.PLANNED);
        assignmentOrderId = order;
    }

    /** Active once the order that assigns it is registered and every mentor's consent to the duties is on file. */
    boolean activate(boolean orderRegistered, boolean consentsOnFile, LocalDate today) {
        if (status != MentorshipStatus.PLANNED || !orderRegistered || !consentsOnFile) {
            return false;
        }
        status = MentorshipStatus.ACTIVE;
        activatedOn = today;
        return true;
    }

    void pause(LocalDate today) {
        requireStatus(MentorshipStatus.ACTIVE);
        status = MentorshipStatus.PAUSED;
        Pause.begin(pauses, today);
    }

    void resume(LocalDate today) {
        requireStatus(MentorshipStatus.PAUSED);
        status = MentorshipStatus.ACTIVE;
        Pause.end(pauses, today);
    }

    /** When the pair worked, for the payment: from its start (not before its order) to its end, without pauses. */
    WorkedSpan worked() {
        LocalDate from = activatedOn == null ? null : activatedOn.isAfter(startsOn) ? activatedOn : startsOn;
        LocalDate until = endedOn != null ? endedOn.minusDays(1) : endsOn;
        return new WorkedSpan(from, until, List.copyOf(pauses));
    }

    /** Completed when its period is over; before that it can only be ended early, with the notice that needs. */
    void complete(LocalDate on) {
        if (status != MentorshipStatus.ACTIVE && status != MentorshipStatus.PAUSED) {
            throw InvalidInputException.of("status", "mentorship.transition.invalid");
        }
        if (on.isBefore(endsOn)) {
            throw InvalidInputException.of(
                    "status", "mentorship.complete.early", ru.nastavnik.shared.web.Dates.DATE.format(endsOn));
        }
        completeEarly(on);
    }

    /** Completed before its planned end because its programme was completed with both sides' evaluations. */
    void completeEarly(LocalDate on) {
        if (status != MentorshipStatus.ACTIVE && status != MentorshipStatus.PAUSED) {
            throw InvalidInputException.of("status", "mentorship.transition.invalid");
        }
        status = MentorshipStatus.COMPLETED;
        endedOn = on;
        termination().settle();
    }

    /**
     * Ends the pair early. A planned pair is simply cancelled; for a started one the employer's cancellation takes
     * effect no sooner than three working days after the notice (Labour Code art. 351.8).
     */
    void terminate(EndInitiator initiator, LocalDate notice, LocalDate effective, String reason) {
        endEarly(initiator, notice, effective, reason, WorkingDays.WEEKENDS_ONLY, effective);
    }

    /**
     * The same, given on {@code today}: an end dated later is only announced — the pair goes on, and its places stay
     * taken, until that day, when {@link #finishDueTermination} ends it.
     */
    void terminate(
            EndInitiator initiator,
            LocalDate notice,
            LocalDate effective,
            String reason,
            WorkingDays calendar,
            LocalDate today) {
        // a withdrawn consent or a member's leaving still ends it at once (the four-argument form)
        EarlyEnd.notBeforeStart(status, startsOn, effective);
        endEarly(initiator, notice, effective, reason, calendar, today);
    }

    private void endEarly(
            EndInitiator initiator,
            LocalDate notice,
            LocalDate effective,
            String reason,
            WorkingDays calendar,
            LocalDate today) {
        EarlyEnd.check(status, termination().dueOn(), endsOn, initiator, notice, effective, reason, calendar);
        if (termination().begin(initiator, notice, effective, reason, status != MentorshipStatus.PLANNED, today)) {
            end(effective);
        }
    }

    /** Ended early, or with its early end announced: what the order on early termination may name. */
    boolean endingEarly() {
        return status == MentorshipStatus.TERMINATED || termination().announced() && !status.ended();
    }

    /** Withdraws an announced early end (the employer changed its mind before the day): the pair simply goes on. */
    void cancelTermination() {
        termination().withdraw(status.ended());
    }

    /** Ends a pair whose announced early end has come; false when there is none due by {@code today}. */
    boolean finishDueTermination(LocalDate today) {
        if (status.ended() || !termination().dueBy(today)) {
            return false;
        }
        end(termination().dueOn());
        return true;
    }

    private void end(LocalDate effective) {
        status = MentorshipStatus.TERMINATED;
        endedOn = effective;
        termination().settle();
        PairMembership.endAll(members, effective, termination().reason());
    }

    /** A new mentor in place of one who leaves; the leaving one's period stays in the history. */
    void replaceMentor(
            PersonId leaving, PersonId coming, OrganisationId comingOrganisation, LocalDate on, String reason) {
        if (status.ended()) {
            throw InvalidInputException.of("status", "mentorship.transition.invalid");
        }
        if (termination().announced()) {
            throw InvalidInputException.of("status", "mentorship.end.due");
        }
        PairMembership.replaceMentor(members, leaving, coming, comingOrganisation, on, reason);
        // the new mentor works only with their own consent, agreement and an order naming them (Labour Code
        // art. 351.8): the pair waits for a new order
        status = MentorshipStatus.PLANNED;
        assignmentOrderId = null;
    }

    private void requireStatus(MentorshipStatus expected) {
        if (status != expected) {
            throw InvalidInputException.of("status", "mentorship.transition.invalid");
        }
    }

    /** The day a member who left her job leaves the pair: her last working day, within the pair's own span. */
    LocalDate lastDayOf(LocalDate leftOn) {
        LocalDate day = leftOn.isBefore(startsOn) ? startsOn : leftOn.isAfter(endsOn) ? endsOn : leftOn;
        return termination().notAfterDue(day);
    }

    /** A member of a group leaves it, the others go on; false when no one else of her role would be left. */
    boolean memberLeaves(PersonId person, LocalDate on, String reason) {
        return !status.ended() && PairMembership.leaveGroup(members, person, on, reason);
    }

    /** Everyone who is or was in the pair, for reading their names at once. */
    java.util.Set<PersonId> people() {
        return PairMembership.people(members);
    }

    List<PersonId> current(MemberRole role) {
        return PairMembership.current(members, role);
    }

    /** The person's role in the pair now, {@code null} if she is not (or no longer) in it. */
    MemberRole roleOf(PersonId person) {
        return PairMembership.roleOf(members, person);
    }

    /** Where a current mentor of the pair works: her school, or another one through the shared bank. */
    java.util.Optional<OrganisationId> employerOf(PersonId mentor) {
        return PairMembership.employerOf(members, mentor);
    }

    UUID id() {
        return id;
    }

    MentorshipStatus status() {
        return status;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    UUID assignmentOrder() {
        return assignmentOrderId;
    }

    MentorshipView view(Function<PersonId, String> names) {
        return new MentorshipView(
                new MentorshipId(id),
                organisation(),
                form,
                startsOn,
                endsOn,
                status,
                members.stream().map(m -> m.view(names.apply(m.person()))).toList(),
                proposalId,
                assignmentOrderId,
                endedOn,
                termination().reason(),
                termination().initiator(),
                termination().noticeOn(),
                termination().dueOn());
    }

    // Hibernate leaves an embeddable whose columns are all empty null on loading: a pair that runs its course
    private EarlyTermination termination() {
        if (termination == null) {
            termination = EarlyTermination.none();
        }
        return termination;
    }
}
