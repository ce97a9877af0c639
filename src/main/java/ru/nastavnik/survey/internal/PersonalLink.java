package ru.nastavnik.survey.internal;

import ru.nastavnik.people.PersonId;

/** A person's link to answer a questionnaire, for the curator to hand over when there is no e-mail. */
public record PersonalLink(PersonId personId, String fullName, InvitationStatus status, String url) {}
