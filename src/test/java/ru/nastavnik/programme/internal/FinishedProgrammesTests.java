package ru.nastavnik.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.nastavnik.programme.CompletedProgrammeViews;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.ProgrammeView;

/** Which completed programmes the home page lists: those of the school year its school is in, from 1 September. */
class FinishedProgrammesTests {

    @Test
    void aProgrammeCompletedBeforeTheFirstOfSeptemberIsLastSchoolYears() {
        assertThat(Cabinet.completedThisYear(completedOn(LocalDate.of(2026, 9, 1)), LocalDate.of(2027, 8, 31)))
                .isTrue();
        assertThat(Cabinet.completedThisYear(completedOn(LocalDate.of(2026, 8, 31)), LocalDate.of(2026, 9, 1)))
                .isFalse();
    }

    /** The summer belongs to the year past: a programme completed in May is listed until September, to be proposed. */
    @Test
    void aProgrammeCompletedInMayIsListedAllSummer() {
        assertThat(Cabinet.completedThisYear(completedOn(LocalDate.of(2026, 5, 25)), LocalDate.of(2026, 8, 31)))
                .isTrue();
    }

    @Test
    void aTerminatedProgrammeIsNotListed() {
        ProgrammeView terminated = CompletedProgrammeViews.programme(ProgrammeStatus.TERMINATED, null);
        assertThat(Cabinet.completedThisYear(terminated, LocalDate.of(2027, 5, 1)))
                .isFalse();
    }

    private static ProgrammeView completedOn(LocalDate day) {
        ProgrammeView p = CompletedProgrammeViews.programme(ProgrammeStatus.COMPLETED, null);
        return new ProgrammeView(
                p.id(),
                p.organisationId(),
                p.mentorshipId(),
                p.title(),
                p.goal(),
                p.tasks(),
                p.startsOn(),
                p.endsOn(),
                p.status(),
                p.approvedOn(),
                p.activities(),
                p.menteeEvaluation(),
                p.mentorEvaluation(),
                p.endReason(),
                day,
                p.completionNote(),
                p.version());
    }
}
