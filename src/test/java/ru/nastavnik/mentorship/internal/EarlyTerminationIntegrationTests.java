package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Listeners;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.ProgrammeFixtures;

/**
 * The early end lives in the pair's own columns ({@link EarlyTermination}): an end announced ahead is stored with its
 * initiator, notice, reason and day, the hourly check finds it by that day and ends the pair, and an end withdrawn
 * leaves no trace.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EarlyTerminationIntegrationTests {

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    PairManagement mentorships;

    @Autowired
    PairLifecycle lifecycle;

    @Autowired
    Listeners listeners;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEndAnnouncedAheadIsStoredFoundOnItsDayAndEndsThePair() {
        var pair = fixtures.activePair(List.of("parents"));
        LocalDate today = SchoolToday.date();
        LocalDate due = today.plusDays(10);

        mentorships.terminate(
                pair.curator(), pair.mentorship(), EndInitiator.EMPLOYER, today, due, "  перевод наставника  ");

        assertThat(row(pair.mentorship()))
                .containsEntry("status", "ACTIVE")
                .containsEntry("end_initiator", "EMPLOYER")
                .containsEntry("notice_on", java.sql.Date.valueOf(today))
                .containsEntry("end_reason", "перевод наставника")
                .containsEntry("termination_due_on", java.sql.Date.valueOf(due));

        // the day has come (moved here, as the calendar cannot be): the hourly check ends the pair on it
        jdbc.update(
                "update mentorship set termination_due_on = ? where id = ?",
                java.sql.Date.valueOf(today),
                pair.mentorship().value());
        assertThat(lifecycle.finishDueTerminations()).isGreaterThanOrEqualTo(1);
        listeners.awaitCompletion();

        assertThat(row(pair.mentorship()))
                .containsEntry("status", "TERMINATED")
                .containsEntry("ended_on", java.sql.Date.valueOf(today))
                .containsEntry("end_reason", "перевод наставника")
                .containsEntry("termination_due_on", null);
    }

    @Test
    void anEndWithdrawnBeforeItsDayLeavesNoTraceAndThePairGoesOn() {
        var pair = fixtures.activePair(List.of("parents"));
        LocalDate today = SchoolToday.date();
        mentorships.terminate(
                pair.curator(), pair.mentorship(), EndInitiator.EMPLOYER, today, today.plusDays(10), "сокращение");

        MentorshipView view = mentorships.cancelTermination(pair.curator(), pair.mentorship());

        assertThat(view.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(view.terminationDueOn()).isNull();
        assertThat(row(pair.mentorship()))
                .containsEntry("end_initiator", null)
                .containsEntry("notice_on", null)
                .containsEntry("end_reason", null)
                .containsEntry("termination_due_on", null);
    }

    private Map<String, Object> row(MentorshipId pair) {
        return jdbc.queryForMap(
                "select status, end_initiator, notice_on, end_reason, termination_due_on, ended_on from mentorship"
                        + " where id = ?",
                pair.value());
    }
}
