package ru.nastavnik.survey.internal;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.QuestionnaireId;

/**
 * Open questionnaires whose invited teachers (each with her own address) have not answered for longer than the
 * reminder interval, so that the reminder job ({@link SurveyDistribution#remindDue}) has work: the tests of the job under
 * load and after a crash count its letters per address.
 */
final class DueReminders {

    private final StaffManagement staff;
    private final QuestionnaireManagement questionnaires;
    private final SurveyDistribution distribution;
    private final JdbcTemplate jdbc;

    DueReminders(
            StaffManagement staff,
            QuestionnaireManagement questionnaires,
            SurveyDistribution distribution,
            JdbcTemplate jdbc) {
        this.staff = staff;
        this.questionnaires = questionnaires;
        this.distribution = distribution;
        this.jdbc = jdbc;
    }

    /** A questionnaire sent to {@code people} new teachers, invited four days ago: each is due a reminder now. */
    QuestionnaireId overdue(NastavnikPrincipal curator, Fixtures.World world, String tag, int people) {
        List<String> invited = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            StaffData t = Fixtures.teacher("Забывчивая", "Ольга", "Игоревна");
            invited.add(staff.create(
                            curator,
                            world.schoolA(),
                            new StaffData(
                                    t.lastName(),
                                    t.firstName(),
                                    t.middleName(),
                                    t.gender(),
                                    t.birthDate().plusDays(i),
                                    t.personnelNumber(),
                                    t.positions(),
                                    t.subjects(),
                                    t.totalExperienceYears(),
                                    t.teachingExperienceYears(),
                                    t.qualificationCategory(),
                                    t.education(),
                                    t.hiredOn(),
                                    address(tag, i),
                                    t.phone(),
                                    t.employmentContractNumber(),
                                    t.employmentContractDate(),
                                    t.leftOn(),
                                    t.leavingReason(),
                                    t.leavingComment()))
                    .id()
                    .toString());
        }
        QuestionnaireId q = questionnaires
                .create(curator, world.schoolA(), "needs", new QuestionnaireDetails(null, null, null, false, null))
                .id();
        questionnaires.open(curator, q);
        distribution.invite(curator, q, invited, List.of());
        jdbc.update(
                "update survey_invitation set invited_at = ? where questionnaire_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(4))),
                q.value());
        return q;
    }

    static String address(String tag, int i) {
        return "due-" + tag + "-" + i + "@school.test";
    }

    /** How many times each invitation of the questionnaires has been reminded, by its address. */
    Map<String, Integer> remindedCounts(QuestionnaireId... ids) {
        Map<String, Integer> counts = new TreeMap<>();
        for (QuestionnaireId id : ids) {
            jdbc.query(
                    "select email, reminders from survey_invitation where questionnaire_id = ?",
                    row -> {
                        counts.put(row.getString(1), row.getInt(2));
                    },
                    id.value());
        }
        return counts;
    }

    /** Waits until {@code letters} reminders of this tag have come (other tests' reminders may come between). */
    static Map<String, Integer> awaitReminders(GreenMailExtension mail, String tag, int letters) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Map<String, Integer> received = remindersReceived(mail, tag);
        while (received.values().stream().mapToInt(Integer::intValue).sum() < letters && System.nanoTime() < deadline) {
            Thread.sleep(100);
            received = remindersReceived(mail, tag);
        }
        return received;
    }

    /** The reminder letters received so far for addresses of this tag, counted by address. */
    static Map<String, Integer> remindersReceived(GreenMailExtension mail, String tag) throws MessagingException {
        Map<String, Integer> counts = new TreeMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (!message.getSubject().startsWith("Напоминание")) {
                continue;
            }
            for (String to : Arrays.stream(message.getAllRecipients())
                    .map(Address::toString)
                    .filter(a -> a.startsWith("due-" + tag))
                    .toList()) {
                counts.merge(to, 1, Integer::sum);
            }
        }
        return counts;
    }
}
