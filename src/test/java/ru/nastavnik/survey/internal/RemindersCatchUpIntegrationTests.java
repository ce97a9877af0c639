package ru.nastavnik.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.QuestionnaireId;

/**
 * Issue 19, «safe to re-run after a crash»: the reminder job, interrupted in the middle of its run, leaves nothing
 * half-done, and its next run sends every reminder that is due exactly once — none lost, none twice. Two ways a run
 * dies: an error inside its transaction after one questionnaire's reminders were marked, and a node killed while it
 * held the job's lock (its row in {@code shedlock} stays until its {@code lock_until}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RemindersCatchUpIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(new ServerSetup(53025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    QuestionnaireManagement questionnaires;

    @Autowired
    SurveyDistribution distribution;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRunThatFailsHalfwayLeavesNothingMarkedAndTheNextRunSendsEachReminderOnce() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        DueReminders due = new DueReminders(staff, questionnaires, distribution, jdbc);
        QuestionnaireId first = due.overdue(curator, world, world.tag() + "a", 2);
        QuestionnaireId second = due.overdue(curator, world, world.tag() + "b", 2);
        mail.reset();
        // the second questionnaire of ours whose reminders the run writes is where the node "dies": the first one's
        // invitations are already marked as reminded in the same transaction
        AtomicInteger ours = new AtomicInteger();
        ApplicationListener<ApplicationEvent> crash = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof SurveyMail.Letters letters
                    && letters.letters().stream().anyMatch(l -> l.to().contains(world.tag()))
                    && ours.incrementAndGet() == 2) {
                throw new IllegalStateException("the node died in the middle of the reminders");
            }
        };
        multicaster.addApplicationListener(crash);
        try {
            assertThatThrownBy(distribution::remindDue).hasMessageContaining("died");
        } finally {
            multicaster.removeApplicationListener(crash);
        }
        Thread.sleep(500);
        assertThat(due.remindedCounts(first, second).values())
                .as("nothing of the failed run is kept")
                .containsOnly(0);
        assertThat(remindersReceived(world))
                .as("no letter of the failed run went out")
                .isEmpty();

        distribution.remindDue();
        DueReminders.awaitReminders(mail, world.tag(), 4);
        distribution.remindDue();
        Thread.sleep(500);

        assertThat(due.remindedCounts(first, second))
                .hasSize(4)
                .allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
        assertThat(remindersReceived(world))
                .as("each reminder once")
                .hasSize(4)
                .allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
    }

    @Test
    void aLockLeftByADeadNodeHoldsTheJobOnlyUntilItLapsesAndThenEveryReminderGoesOnce() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        DueReminders due = new DueReminders(staff, questionnaires, distribution, jdbc);
        QuestionnaireId q = due.overdue(curator, world, world.tag(), 3);
        mail.reset();
        // as ShedLock leaves it when its node is killed mid-run: the row, held until its lockAtMostFor
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) "
                + "values ('survey-reminders', now() + interval '30 minutes', now(), 'a node killed mid-run') "
                + "on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at, "
                + "locked_by = excluded.locked_by");
        try {
            distribution.remindDue();
            Thread.sleep(500);
            assertThat(due.remindedCounts(q).values())
                    .as("held by the dead node")
                    .containsOnly(0);
            assertThat(remindersReceived(world)).isEmpty();
        } finally {
            // its lockAtMostFor has passed
            jdbc.update("update shedlock set lock_until = now() where name = 'survey-reminders'");
        }

        distribution.remindDue();
        DueReminders.awaitReminders(mail, world.tag(), 3);
        distribution.remindDue();
        Thread.sleep(500);

        assertThat(due.remindedCounts(q))
                .hasSize(3)
                .allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
        assertThat(remindersReceived(world))
                .as("each reminder once")
                .hasSize(3)
                .allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
    }

    private static Map<String, Integer> remindersReceived(Fixtures.World world) throws Exception {
        return DueReminders.remindersReceived(mail, world.tag());
    }
}
