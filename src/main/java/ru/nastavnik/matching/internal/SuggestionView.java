package ru.nastavnik.matching;

import ru.nastavnik.people.PersonId;

/** A candidate mentor for one mentee, with the score and its parts. */
public record SuggestionView(PersonId mentorId, String mentorName, int score, Criteria criteria) {}
