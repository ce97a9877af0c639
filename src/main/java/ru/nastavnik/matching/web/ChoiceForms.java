package ru.nastavnik.matching.web;

import ru.nastavnik.people.PersonId;

/** A curator's choice of a mentor for a mentee, as the matching page sends it: a decision, or a wish she records. */
final class ChoiceForms {

    private ChoiceForms() {}

    /** A pair decided on (pinned: kept by every later run). */
    record DecisionForm(String mentee, String mentor, Boolean pin) {

        PersonId menteeId() {
            return MatchingController.person(mentee);
        }

        PersonId mentorId() {
            return MatchingController.person(mentor);
        }

        boolean pinned() {
            return Boolean.TRUE.equals(pin);
        }
    }

    /** A wish to work together, the mentee's unless the form says it is the mentor's. */
    record WishForm(String mentee, String mentor, Boolean byMentee) {

        PersonId menteeId() {
            return MatchingController.person(mentee);
        }

        PersonId mentorId() {
            return MatchingController.person(mentor);
        }

        boolean menteesWish() {
            return !Boolean.FALSE.equals(byMentee);
        }
    }
}
