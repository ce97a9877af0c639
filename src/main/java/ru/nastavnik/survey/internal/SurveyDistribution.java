package ru.nastavnik.survey.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Pages;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.Distribution;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.SurveyAudiences;

/**
 * Who is asked: chosen people and whole groups (all staff, a bank …), each once. Everyone asked sees the
 * questionnaire in their cabinet and gets a personal link, by e-mail when the installation sends mail; those
 * who have not answered are reminded every {@code nastavnik.survey.reminder-interval}, at most three times.
 */
@Service
@Transactional
public class SurveyDistribution implements Distribution {

    static final String ALL_STAFF = "all-staff";
    static final int MAX_REMINDERS = 3;

    private final QuestionnaireRepository questionnaires;
    private final InvitationRepository invitations;
    private final SurveyAccess access;
    private final StaffManagement staff;
    private final List<SurveyAudiences> audiences;
    private final SurveyLinks links;
    private final SurveyMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;
    private final Duration reminderInterval;

    SurveyDistribution(
            QuestionnaireRepository questionnaires,
            InvitationRepository invitations,
            SurveyAccess access,
            StaffManagement staff,
            List<SurveyAudiences> audiences,
            SurveyLinks links,
            SurveyMail mail,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock,
            @Value("${nastavnik.survey.reminder-interval:P3D}") Duration reminderInterval) {
        this.questionnaires = questionnaires;
        this.invitations = invitations;
        this.access = access;
        this.staff = staff;
        this.audiences = audiences;
        this.links = links;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
        this.reminderInterval = reminderInterval;
    }

    /** Whether invitations and reminders go out by e-mail on this installation. */
    public boolean mailEnabled() {
        return mail.enabled();
    }

    /** The groups a questionnaire can be sent to in this organisation. */
    @Transactional(readOnly = true)
    public List<SurveyAudiences.Audience> audiences(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        List<SurveyAudiences.Audience> all = new ArrayList<>();
        all.add(new SurveyAudiences.Audience(ALL_STAFF, "survey.audience.all-staff"));
        audiences.forEach(a -> all.addAll(a.audiences(organisation)));
        return all;
    }

    @Override
    public int invite(NastavnikPrincipal caller, QuestionnaireId id, List<String> personIds, List<String> groups) {
        access.managed(caller, id);
        // a double click sends two requests: the second waits here and then finds everyone already invited
        Questionnaire questionnaire = questionnaires.lockById(id.value()).orElseThrow();
        questionnaire.requireOpen();
        OrganisationId organisation = questionnaire.organisation();
        Map<PersonId, StaffView> current = staff.current(caller, organisation).stream()
                .filter(s -> !s.processingRestricted())
                .collect(Collectors.toMap(StaffView::id, Function.identity()));
        Set<PersonId> chosen = new LinkedHashSet<>();
        for (String personId : personIds == null ? List.<String>of() : personIds) {
            PersonId person = parse(personId);
            if (person == null || !current.containsKey(person)) {
                throw InvalidInputException.of("personIds", "survey.invite.unknownPerson", personId);
            }
            chosen.add(person);
        }
        for (String group : groups == null ? List.<String>of() : groups) {
            chosen.addAll(members(organisation, group, current));
        }
        if (chosen.isEmpty()) {
            throw InvalidInputException.of("personIds", "survey.invite.nobody");
        }
        Set<PersonId> already = invitations.ofQuestionnaire(questionnaire.id()).stream()
                .map(Invitation::person)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        boolean sendMail = mail.enabled();
        LocalDate today = sendMail ? dates.today(organisation) : null;
        List<SurveyMail.Letter> letters = new ArrayList<>();
        int added = 0;
        for (PersonId person : chosen) {
            if (already.contains(person) || !current.containsKey(person)) {
                continue;
            }
            String email = sendMail ? current.get(person).data().email() : null;
            Invitation invitation =
                    invitations.save(new Invitation(organisation, questionnaire.id(), person, email, now));
            if (email != null) {
                letters.add(letter(questionnaire, invitation, false, today));
            }
            added++;
        }
        events.publishEvent(new SurveyMail.Letters(letters));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "Questionnaire",
                questionnaire.id(),
                "приглашены к анкетированию: " + added));
        return added;
    }

    @Transactional(readOnly = true)
    public List<InvitationView> invitations(NastavnikPrincipal caller, QuestionnaireId id) {
        return invitations(caller, id, null, Pageable.unpaged()).getContent();
    }

    /** A page of those invited, whose name has {@code q} in it; the read recorded is of the page's people. */
    public Page<InvitationView> invitations(NastavnikPrincipal caller, QuestionnaireId id, String q, Pageable asked) {
        Questionnaire questionnaire = access.managed(caller, id);
        Map<PersonId, String> names = names(caller, questionnaire.organisation());
        Page<InvitationView> invited = Pages.cut(
                invitations.ofQuestionnaire(questionnaire.id()).stream()
                        .map(i -> i.view(names.getOrDefault(i.person(), "—"), questionnaire.anonymous()))
                        .filter(v -> Pages.named(q, v.fullName()))
                        .toList(),
                asked);
        events.publishEvent(AuditEvent.ofMany(
                questionnaire.organisation(),
                AuditAction.READ,
                "Person",
                invited.getContent().stream().map(i -> i.personId().value()).toList(),
                "в списке приглашённых к анкетированию"));
        return invited;
    }

    /** The personal links of those who have not answered yet; handing them out is recorded. */
    public List<PersonalLink> links(NastavnikPrincipal caller, QuestionnaireId id) {
        Questionnaire questionnaire = access.managed(caller, id);
        if (questionnaire.anonymous()) {
            // a curator holding the links could answer in others' names and so single out a real answer
            throw InvalidInputException.of("links", "survey.links.anonymous");
        }
        Map<PersonId, String> names = names(caller, questionnaire.organisation());
        List<PersonalLink> shown = invitations.ofQuestionnaire(questionnaire.id()).stream()
                .filter(i -> i.status() != InvitationStatus.SUBMITTED)
                .map(i -> new PersonalLink(
                        i.person(), names.getOrDefault(i.person(), "—"), i.status(), links.of(i.token())))
                .toList();
        // each link is shown with its person's name: the record names them
        events.publishEvent(new AuditEvent(
                questionnaire.organisation(),
                AuditAction.READ,
                "Questionnaire",
                questionnaire.id(),
                "просмотр личных ссылок на анкету",
                shown.stream().map(link -> link.personId().value()).toList()));
        return shown;
    }

    /** Reminds now everyone who has not answered; returns how many letters go out. */
    public int remind(NastavnikPrincipal caller, QuestionnaireId id) {
        Questionnaire questionnaire = access.managed(caller, id);
        questionnaire.requireOpen();
        return remind(questionnaire, invitations.remindable(questionnaire.id(), Integer.MAX_VALUE, clock.instant()));
    }

    @Scheduled(
            initialDelayString = "${nastavnik.survey.reminder-first:PT2M}",
            fixedDelayString = "${nastavnik.survey.reminder-check:PT1H}")
    @SchedulerLock(name = "survey-reminders")
    public void remindDue() {
        Instant due = clock.instant().minus(reminderInterval);
        for (Questionnaire questionnaire : questionnaires.open()) {
            remind(questionnaire, invitations.remindable(questionnaire.id(), MAX_REMINDERS, due));
        }
    }

    private int remind(Questionnaire questionnaire, List<java.util.UUID> candidates) {
        Instant now = clock.instant();
        LocalDate today = candidates.isEmpty() ? null : dates.today(questionnaire.organisation());
        List<SurveyMail.Letter> letters = new ArrayList<>();
        for (java.util.UUID id : candidates) {
            Invitation invitation = invitations.lockById(id).orElseThrow();
            if (invitation.status() != InvitationStatus.SUBMITTED) {
                invitation.remind(now);
                letters.add(letter(questionnaire, invitation, true, today));
            }
        }
        events.publishEvent(new SurveyMail.Letters(letters));
        return letters.size();
    }

    /** The deadline is named only while it is still ahead by the school's own date. */
    private SurveyMail.Letter letter(
            Questionnaire questionnaire, Invitation invitation, boolean reminder, LocalDate today) {
        LocalDate deadline = questionnaire.deadline();
        return new SurveyMail.Letter(
                invitation.email(),
                questionnaire.title(),
                links.of(invitation.token()),
                deadline == null || deadline.isBefore(today) ? null : deadline,
                reminder);
    }

    private List<PersonId> members(OrganisationId organisation, String group, Map<PersonId, StaffView> current) {
        if (ALL_STAFF.equals(group)) {
            return List.copyOf(current.keySet());
        }
        return audiences.stream()
                .filter(a -> a.audiences(organisation).stream()
                        .anyMatch(g -> g.code().equals(group)))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("groups", "survey.invite.unknownGroup", group))
                .members(organisation, group);
    }

    private Map<PersonId, String> names(NastavnikPrincipal caller, OrganisationId organisation) {
        return staff.current(caller, organisation).stream()
                .collect(Collectors.toMap(StaffView::id, s -> s.data().fullName()));
    }

    private static PersonId parse(String id) {
        try {
            return PersonId.of(id);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
