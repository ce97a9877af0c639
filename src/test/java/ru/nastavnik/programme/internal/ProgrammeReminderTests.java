package ru.nastavnik.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.programme.Programmes;

/** The pair is reminded once by e-mail before an activity's deadline. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeReminderTests {

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(new ServerSetup(53025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    Programmes programmes;

    @Autowired
    ProgrammeDrafts drafts;

    @Autowired
    ProgrammeReminders reminders;

    @Autowired
    StaffManagement staff;

    @Autowired
    PairLookup mentorships;

    @Test
    void thePairIsRemindedOnceBeforeAnActivityIsDue() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        MentorshipView mentorship = mentorships.unnamed(pair.mentorship());
        var mentor = mentorship.current(MemberRole.MENTOR).get(0);
        StaffView card = staff.get(pair.curator(), pair.school(), mentor);
        StaffData d = card.data();
        staff.update(
                pair.curator(),
                pair.school(),
                mentor,
                new StaffData(
                        d.lastName(),
                        d.firstName(),
                        d.middleName(),
                        d.gender(),
                        d.birthDate(),
                        d.personnelNumber(),
                        d.positions(),
                        d.subjects(),
                        d.totalExperienceYears(),
                        d.teachingExperienceYears(),
                        d.qualificationCategory(),
                        d.education(),
                        d.hiredOn(),
                        "mentor@school.test",
                        d.phone()),
                card.version());
        var programme = programmes.create(pair.curator(), pair.mentorship());
        drafts.addActivity(
                pair.curator(),
                programme.id(),
                new PlanItem(
                        null,
                        "Подготовить родительское собрание",
                        null,
                        SchoolToday.date().plusDays(2),
                        ActivityRole.BOTH,
                        null,
                        null));
        programmes.approve(pair.curator(), programme.id());

        reminders.remind();
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString())
                .isEqualTo("mentor@school.test");
        assertThat(GreenMailUtil.getBody(mail.getReceivedMessages()[0])).isNotBlank();
        assertThat(mail.getReceivedMessages()[0].getSubject())
                .isEqualTo("Напоминание: сроки мероприятий программы наставничества");
        assertThat(mail.getReceivedMessages()[0].getContent().toString())
                .contains("По вашей программе наставничества подходят сроки:")
                .contains("— Подготовить родительское собрание — до "
                        + ru.nastavnik.shared.web.Dates.DATE.format(
                                SchoolToday.date().plusDays(2)));
        reminders.remind();
        Thread.sleep(500);
        assertThat(mail.getReceivedMessages()).as("once only").hasSize(1);
    }
}
