package ru.nastavnik.programme.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.organisation.SchoolDays;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.mail.Mail;
import ru.nastavnik.shared.mail.MailTexts;
import ru.nastavnik.shared.mail.Mailbox;
import ru.nastavnik.shared.web.Dates;

/**
 * Before an activity's deadline ({@code nastavnik.programme.reminder-days}, 3 by default) its pair is reminded
 * once by e-mail, when the installation sends mail; the cabinet shows what is due and what is overdue anyway.
 */
@Component
class ProgrammeReminders {

    private final ProgrammeRepository programmes;
    private final PairLookup mentorships;
    private final StaffManagement staff;
    private final Mailbox mailbox;
    private final MailTexts texts;
    private final SchoolDates dates;
    private final int days;

    ProgrammeReminders(
            ProgrammeRepository programmes,
            PairLookup mentorships,
            StaffManagement staff,
            Mailbox mailbox,
            MailTexts texts,
            SchoolDates dates,
            @Value("${nastavnik.programme.reminder-days:3}") int days) {
        this.programmes = programmes;
        this.mentorships = mentorships;
        this.staff = staff;
        this.mailbox = mailbox;
        this.texts = texts;
        this.dates = dates;
        this.days = days;
    }

    @Scheduled(
            initialDelayString = "${nastavnik.programme.reminder-first:PT3M}",
            fixedDelayString = "${nastavnik.programme.reminder-check:PT6H}")
    @SchedulerLock(name = "programme-reminders")
    @Transactional
    public void remind() {
        // one run for every school, each deciding by its own date: an activity due "tomorrow" in Moscow is already
        // due "today" in Vladivostok
        SchoolDays today = dates.everywhere();
        List<Mail> letters = new ArrayList<>();
        for (Programme programme : programmes.inProgress()) {
            List<Activity> due = programme.dueForReminder(today.of(programme.organisation()), days);
            if (due.isEmpty()) {
                continue;
            }
            MentorshipView pair = mentorships.unnamed(programme.mentorship());
            StringBuilder lines = new StringBuilder(texts.get("mail.programme.due"));
            due.forEach(
                    a -> lines.append(texts.get("mail.programme.activity", a.title(), Dates.DATE.format(a.dueOn()))));
            String text = texts.letter(lines.toString(), texts.get("mail.programme.hint"));
            Stream.concat(pair.current(MemberRole.MENTOR).stream(), pair.current(MemberRole.MENTEE).stream())
                    .map(PersonId::value)
                    .distinct()
                    .map(PersonId::new)
                    .flatMap(p -> staff.contactEmail(p).stream())
                    .forEach(to -> letters.add(new Mail(to, texts.get("mail.programme.subject"), text)));
        }
        mailbox.send(letters);
    }
}
