package ru.nastavnik.bank.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeEntered;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorEntered;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.bank.TopicView;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.survey.BankAnswer;
import ru.nastavnik.survey.BankField;
import ru.nastavnik.survey.QuestionnairePurpose;
import ru.nastavnik.survey.ResponseSubmitted;
import ru.nastavnik.survey.SurveyAnswers;

/**
 * Fills the banks from questionnaire answers: the needs questionnaire puts the teacher in the mentee bank with
 * the needs they named, the potential-mentor questionnaire puts a willing teacher in the mentor bank. Only with
 * a valid personal-data consent (152-ФЗ): without one the answers wait, and the consent, once given, brings the
 * latest of them in. Runs in the submitting transaction and never fails it: an answer the bank cannot take is
 * left out and logged.
 */
@Component
class SurveyIntake {

    private static final Logger log = LoggerFactory.getLogger(SurveyIntake.class);
    static final Set<String> WILLING = Set.of("yes", "maybe");
    static final String NOT_NOW_REASON = "по анкете наставник сейчас не нужен";

    private final SurveyAnswers answers;
    private final MenteeRepository mentees;
    private final MentorRepository mentors;
    private final BankSettingsRepository settings;
    private final Vocabulary vocabulary;
    private final ConsentCheck consents;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;

    SurveyIntake(
            SurveyAnswers answers,
            MenteeRepository mentees,
            MentorRepository mentors,
            BankSettingsRepository settings,
            Vocabulary vocabulary,
            ConsentCheck consents,
            ApplicationEventPublisher events,
            SchoolDates dates) {
        this.answers = answers;
        this.mentees = mentees;
        this.mentors = mentors;
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.consents = consents;
        this.events = events;
        this.dates = dates;
    }

    // Synchronous, in the submission's transaction: the answer and the bank entry it makes commit together, and the
    // curator's bank page shows the new entry as soon as the respondent's page says the answer was sent.
    @EventListener
    @Transactional
    void on(ResponseSubmitted event) {
        if (event.person() != null) {
            take(event.organisation(), event.person(), event.purpose(), event.response());
        }
    }

    /**
     * Answers held back for want of a consent come in when it is given — but only for someone who has never
     * been in the banks: a renewed consent must not undo the curator's later edits or removals.
     */
    // synchronous, in the consent's transaction, for the same reason as the answers
    @EventListener
    @Transactional
    void on(ConsentGiven event) {
        if (event.purpose() == ConsentPurpose.PERSONAL_DATA
                && mentees.history(event.person().value()).isEmpty()
                && mentors.history(event.person().value()).isEmpty()) {
            for (QuestionnairePurpose purpose :
                    List.of(QuestionnairePurpose.NEEDS, QuestionnairePurpose.POTENTIAL_MENTOR)) {
                answers.latest(event.person(), purpose)
                        .ifPresent(response -> take(event.organisation(), event.person(), purpose, response));
            }
        }
    }

    private void take(OrganisationId organisation, PersonId person, QuestionnairePurpose purpose, UUID response) {
        if (purpose != QuestionnairePurpose.NEEDS && purpose != QuestionnairePurpose.POTENTIAL_MENTOR) {
            return;
        }
        if (!consents.hasValid(person, ConsentPurpose.PERSONAL_DATA)) {
            return;
        }
        Map<BankField, BankAnswer> given = answers.bankAnswers(response).stream()
                .collect(Collectors.toMap(BankAnswer::field, Function.identity(), (a, b) -> a));
        try {
            if (purpose == QuestionnairePurpose.NEEDS) {
                mentee(organisation, person, given);
            } else {
                mentor(organisation, person, given);
            }
        } catch (InvalidInputException e) {
            log.info("Answers of {} not taken into the bank: {}", response, e.getMessage());
        }
    }

    private void mentee(OrganisationId organisation, PersonId person, Map<BankField, BankAnswer> given) {
        if (BankField.NOT_NOW.equals(first(given, BankField.MENTEE_WANTS_MENTOR))) {
            // her own answer: she stays out of the bank (and a waiting entry is closed); the curator may still add her
            mentees.current(person.value())
                    .filter(e -> e.leave(dates.today(organisation), NOT_NOW_REASON))
                    .ifPresent(e -> audit(organisation, person, "исключён из банка наставляемых: " + NOT_NOW_REASON));
            return;
        }
        List<String> needs = known(organisation, values(given, BankField.MENTEE_NEEDS));
        String note = truncate(first(given, BankField.MENTEE_NEEDS_NOTE), 2000);
        if (needs.isEmpty() && note == null) {
            return;
        }
        MenteeEntry entry = mentees.current(person.value()).orElse(null);
        MenteeCategory category = category(first(given, BankField.MENTEE_CATEGORY));
        if (entry == null) {
            mentees.save(new MenteeEntry(
                    organisation,
                    person,
                    new MenteeRequest(
                            person.toString(),
                            category == null ? MenteeCategory.ON_REQUEST : category,
                            null,
                            needs,
                            note),
                    dates.today(organisation)));
            audit(organisation, person, "включён в банк наставляемых по ответам анкеты");
            events.publishEvent(new MenteeEntered(organisation, person));
        } else {
            MenteeRequest current = new MenteeRequest(
                    person.toString(),
                    category == null ? entry.view(null).category() : category,
                    entry.view(null).categoryNote(),
                    needs,
                    note);
            entry.update(current);
            audit(organisation, person, "запросы в банке наставляемых обновлены по ответам анкеты");
        }
    }

    private void mentor(OrganisationId organisation, PersonId person, Map<BankField, BankAnswer> given) {
        String willing = first(given, BankField.MENTOR_WILLING);
        List<String> competences = known(organisation, values(given, BankField.MENTOR_COMPETENCES));
        if ((willing != null && !WILLING.contains(willing)) || competences.isEmpty()) {
            return;
        }
        BankSettings limits = settings.findById(organisation.value()).orElseGet(() -> new BankSettings(organisation));
        int capacity = limits.defaultCapacity();
        String wanted = first(given, BankField.MENTOR_CAPACITY);
        if (wanted != null && wanted.matches("\\d{1,2}")) {
            capacity = Math.max(1, Math.min(limits.maxCapacity(), Integer.parseInt(wanted)));
        }
        List<String> forms = given.containsKey(BankField.MENTOR_FORMS)
                ? given.get(BankField.MENTOR_FORMS).labels()
                : List.of();
        MentorEntry entry = mentors.current(person.value()).orElse(null);
        boolean created = entry == null;
        if (created) {
            entry = new MentorEntry(organisation, person, dates.today(organisation));
        }
        boolean shared = !created && entry.sharedBank();
        entry.update(
                new MentorRequest(
                        person.toString(),
                        competences,
                        truncate(first(given, BankField.MENTOR_ACHIEVEMENTS), 2000),
                        capacity,
                        forms,
                        truncate(first(given, BankField.MENTOR_AVAILABILITY), 500),
                        null,
                        shared),
                capacity,
                limits.maxCapacity(),
                consents.hasValid(person, ConsentPurpose.SHARED_BANK),
                dates.today(organisation));
        mentors.save(entry);
        audit(
                organisation,
                person,
                created
                        ? "включён в банк наставников по ответам анкеты"
                        : "профиль в банке наставников обновлён по ответам анкеты");
        if (created) {
            events.publishEvent(new MentorEntered(organisation, person));
        }
    }

    private List<String> known(OrganisationId organisation, List<String> codes) {
        Set<String> vocabularyCodes =
                vocabulary.of(organisation).stream().map(TopicView::code).collect(Collectors.toSet());
        return codes.stream().filter(vocabularyCodes::contains).toList();
    }

    private static List<String> values(Map<BankField, BankAnswer> given, BankField field) {
        return given.containsKey(field) ? given.get(field).values() : List.of();
    }

    private static String first(Map<BankField, BankAnswer> given, BankField field) {
        List<String> values = values(given, field);
        return values.isEmpty() ? null : values.get(0);
    }

    private static MenteeCategory category(String value) {
        try {
            return value == null ? null : MenteeCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private void audit(OrganisationId organisation, PersonId person, String details) {
        events.publishEvent(new AuditEvent(organisation, AuditAction.UPDATE, "Person", person.value(), details));
    }
}
