package ru.nastavnik.monitoring.campaign;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.mail.Mail;
import ru.nastavnik.shared.mail.Mailbox;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Reminders of a report still due: marked on the school's report (its page and home tile show it) and sent by
 * e-mail to the school's director and curator when the installation sends mail. A submitted report is not reminded.
 */
@Service
@Transactional
public class CampaignReminders {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Campaigns campaigns;
    private final SubmissionRepository submissions;
    private final UserManagement users;
    private final Mailbox mailbox;
    private final MessageSource messages;
    private final PublicBaseUrl baseUrl;
    private final Clock clock;

    CampaignReminders(
            Campaigns campaigns,
            SubmissionRepository submissions,
            UserManagement users,
            Mailbox mailbox,
            MessageSource messages,
            PublicBaseUrl baseUrl,
            Clock clock) {
        this.campaigns = campaigns;
        this.submissions = submissions;
        this.users = users;
        this.mailbox = mailbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** One school ({@code school} given) or every school whose report is still due; the number reminded. */
    public int remind(NastavnikPrincipal me, CampaignId id, OrganisationId school) {
        Campaign c = campaigns.load(me, id);
        c.requireOpen();
        Map<OrganisationId, Submission> bySchool = submissions.ofCampaign(id.value()).stream()
                .collect(Collectors.toMap(Submission::school, Function.identity()));
        List<OrganisationSummary> schools = campaigns.schoolsOf(c).stream()
                .filter(s -> school == null || s.id().equals(school))
                .toList();
        if (school != null && schools.isEmpty()) {
            throw new NotFoundException();
        }
        List<Mail> letters = new ArrayList<>();
        CampaignView view = c.view("");
        for (OrganisationSummary s : schools) {
            Submission submission = bySchool.computeIfAbsent(s.id(), o -> submissions.save(Submission.pending(id, o)));
            if (submission.remind(c, clock.instant())) {
                letters.addAll(letters(view, s));
            }
        }
        mailbox.send(letters);
        return (int) schools.stream()
                .filter(s -> bySchool.get(s.id()).status() != SubmissionStatus.SUBMITTED)
                .count();
    }

    // composed whether or not mail goes out: the curator and director also find the reminder among their notifications
    private List<Mail> letters(CampaignView c, OrganisationSummary school) {
        String subject = messages.getMessage("campaigns.mail.subject", new Object[] {c.title()}, RU);
        String text = messages.getMessage(
                "campaigns.mail.text",
                new Object[] {
                    school.name(),
                    c.title(),
                    c.orderNumber(),
                    DATE.format(c.orderDate()),
                    DATE.format(c.deadline()),
                    baseUrl.of("/monitoring/campaigns/" + c.id() + "/reports/" + school.id())
                },
                RU);
        return users.emailsOf(school.id(), Set.of(Role.DIRECTOR, Role.CURATOR)).stream()
                .map(to -> new Mail(to, subject, text))
                .toList();
    }
}
