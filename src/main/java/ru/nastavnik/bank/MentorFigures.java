package ru.nastavnik.bank;

/**
 * The mentor bank of a school in three numbers, for the roadmap: who is in it now, how many of them are trained, and
 * how many have a consent to the mentoring duties in force on the school's today (Labour Code art. 351.8).
 */
public record MentorFigures(long mentors, long trained, long withDutiesConsent) {

    public MentorFigures {
        if (mentors < 0 || trained < 0 || withDutiesConsent < 0 || trained > mentors || withDutiesConsent > mentors) {
            throw new IllegalArgumentException("figures of the mentor bank out of range");
        }
    }
}
