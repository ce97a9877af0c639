package ru.nastavnik.matching.internal;

import java.util.List;
import ru.nastavnik.people.PersonId;

/** A mentee's own view of her candidate mentors (best first) and whom she has chosen. */
public record CandidateView(List<SuggestionView> candidates, List<PersonId> chosen) {

    public boolean chosen(SuggestionView candidate) {
        return chosen.contains(candidate.mentorId());
    }
}
