package ru.nastavnik.survey;

import java.util.Collection;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * Feedback questionnaires for another module (an event's organiser asks those who attended): made from the built-in
 * feedback template, opened and sent to the people's cabinets at once; the summary shows the answers without names.
 * Callers have checked the caller's right (the organiser's); the questionnaire belongs to the organiser.
 */
public interface FeedbackQuestionnaires {

    /** A new open feedback questionnaire titled after what it is about, sent to the people; its id. */
    QuestionnaireId send(OrganisationId owner, String about, Collection<PersonId> people);

    /** The answers summed up by question; free-text answers without their authors' names. */
    Results summary(QuestionnaireId id);

    /** How many of those asked have answered. */
    long asked(QuestionnaireId id);
}
