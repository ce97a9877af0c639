package ru.nastavnik.matching.internal;

import ru.nastavnik.matching.Criteria;
import ru.nastavnik.people.PersonId;

/** A candidate mentor for one mentee, with the score and its parts. */
public record SuggestionView(PersonId mentorId, String mentorName, int score, Criteria criteria) {}
