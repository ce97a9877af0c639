package ru.nastavnik.mentorship.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A pair's early end as the law wants it recorded (Labour Code art. 351.8): who ended it, on which notice, why, and —
 * while it is only announced — the day it takes effect. Columns of the {@code mentorship} row; all empty for a pair
 * that runs its course.
 */
@Embeddable
class EarlyTermination {

    @Column(name = "end_reason")
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_initiator")
    private EndInitiator initiator;

    @Column(name = "notice_on")
    private LocalDate noticeOn;

    @Column(name = "termination_due_on")
    private LocalDate dueOn;

    protected EarlyTermination() {}

    static EarlyTermination none() {
        return new EarlyTermination();
    }

    /**
     * Records the end; true when it takes effect now, false when a started pair's end dated after {@code today} is
     * only announced — the pair goes on, and its places stay taken, until that day.
     */
    boolean begin(
            EndInitiator initiator,
            LocalDate notice,
            LocalDate effective,
            String reason,
            boolean started,
            LocalDate today) {
        this.initiator = initiator;
        this.noticeOn = notice;
        this.reason = reason.strip();
        if (effective.isAfter(today) && started) {
            dueOn = effective;
            return false;
        }
        return true;
    }

    /** The announced end has happened (or another end came first): nothing is due any more. */
    void settle() {
        dueOn = null;
    }

    /** The employer changed its mind before the day: no trace of the end is kept. */
    void withdraw(boolean pairEnded) {
        if (dueOn == null || pairEnded) {
            throw InvalidInputException.of("status", "mentorship.end.notDue");
        }
        dueOn = null;
        initiator = null;
        noticeOn = null;
        reason = null;
    }

    /** A day of the pair, but not after an announced end. */
    LocalDate notAfterDue(LocalDate day) {
        return dueOn != null && day.isAfter(dueOn) ? dueOn : day;
    }

    /** An announced end whose day has come by {@code today}. */
    boolean dueBy(LocalDate today) {
        return dueOn != null && !dueOn.isAfter(today);
    }

    boolean announced() {
        return dueOn != null;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    String reason() {
        return reason;
    }

    EndInitiator initiator() {
        return initiator;
    }

    LocalDate noticeOn() {
        return noticeOn;
    }
}
