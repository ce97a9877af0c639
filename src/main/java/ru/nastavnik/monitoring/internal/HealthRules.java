package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.mentorship.PairFacts;

/**
 * The rules that judge a working pair from its programme's own data. A pair is never ended by them: ending needs an
 * order (Labour Code art. 351.8); they tell the curator where to look.
 * <ul>
 * <li>the programme is due within a month of the pair's order: none approved after 30 days needs attention, after
 * 60 days the pair is at risk;</li>
 * <li>no meeting logged for {@code quietDays} (counted from the pair's start until the first) needs attention, for
 * twice as long is a risk;</li>
 * <li>one or two activities past their date need attention, three or more are a risk;</li>
 * <li>activities marked done with nothing to show it need attention;</li>
 * <li>a mid-point check-in missed by a member of the pair (stage 1 of the programme's monitoring) needs attention.</li>
 * </ul>
 *
 * @param quietDays days without a logged meeting before a pair needs attention (21 by default)
 */
record HealthRules(int quietDays) {

    static final int PROGRAMME_DUE_DAYS = 30;
    static final int OVERDUE_RISK = 3;

    HealthRules {
        if (quietDays < 1) {
            throw new IllegalArgumentException("quietDays must be positive: " + quietDays);
        }
    }

    Verdict judge(PairFacts pair, LocalDate today) {
        return judge(pair, today, 0);
    }

    /** @param missedCheckIns members of the pair whose mid-point check-in is past its term and not sent */
    Verdict judge(PairFacts pair, LocalDate today, int missedCheckIns) {
        List<HealthReason> reasons = new ArrayList<>();
        long sinceStart = ChronoUnit.DAYS.between(pair.startedOn(), today);
        boolean working = pair.programmeStatus() != null && !"DRAFT".equals(pair.programmeStatus());
        if (!working && sinceStart > PROGRAMME_DUE_DAYS) {
            reasons.add(new HealthReason(
                    "monitoring.reason.noProgramme",
                    sinceStart,
                    sinceStart > 2L * PROGRAMME_DUE_DAYS ? PairHealth.AT_RISK : PairHealth.NEEDS_ATTENTION));
        }
        LocalDate lastSign = pair.lastMeeting() == null || pair.lastMeeting().isBefore(pair.startedOn())
                ? pair.startedOn()
                : pair.lastMeeting();
        long quiet = ChronoUnit.DAYS.between(lastSign, today);
        if (quiet > quietDays) {
            reasons.add(new HealthReason(
                    pair.lastMeeting() == null ? "monitoring.reason.noMeeting" : "monitoring.reason.quiet",
                    quiet,
                    quiet > 2L * quietDays ? PairHealth.AT_RISK : PairHealth.NEEDS_ATTENTION));
        }
        if (pair.overdueActivities() > 0) {
            reasons.add(new HealthReason(
                    "monitoring.reason.overdue",
                    pair.overdueActivities(),
                    pair.overdueActivities() >= OVERDUE_RISK ? PairHealth.AT_RISK : PairHealth.NEEDS_ATTENTION));
        }
        if (pair.doneWithoutEvidence() > 0) {
            reasons.add(new HealthReason(
                    "monitoring.reason.noEvidence", pair.doneWithoutEvidence(), PairHealth.NEEDS_ATTENTION));
        }
        if (missedCheckIns > 0) {
            reasons.add(
                    new HealthReason("monitoring.reason.missedCheckIn", missedCheckIns, PairHealth.NEEDS_ATTENTION));
        }
        PairHealth health = reasons.stream().map(HealthReason::weight).reduce(PairHealth.ON_TRACK, PairHealth::worse);
        return new Verdict(health, List.copyOf(reasons));
    }

    record Verdict(PairHealth health, List<HealthReason> reasons) {}
}
