package ru.nastavnik.survey;

import java.util.List;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** Groups of people a questionnaire can be sent to, offered by other modules (the banks, the pairs). */
public interface SurveyAudiences {

    List<Audience> audiences(OrganisationId organisation);

    /** The current members of one of this provider's groups; empty for a code it does not know. */
    List<PersonId> members(OrganisationId organisation, String code);

    /** A group: its code and the message key of its name. */
    record Audience(String code, String messageKey) {}
}
