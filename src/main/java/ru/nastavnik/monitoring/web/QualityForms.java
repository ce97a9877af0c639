package ru.nastavnik.monitoring.web;

import ru.nastavnik.monitoring.internal.CuratorAnswers;
import ru.nastavnik.monitoring.internal.NewCheckIn;
import ru.nastavnik.monitoring.internal.Swot;

/**
 * The three forms of a programme's process quality as typed: a number comes as text, and one that does not parse stays
 * empty, so that the rule then names the field.
 */
final class QualityForms {

    private QualityForms() {}

    /** A mid-point check-in of the pair. */
    record CheckInForm(String meetingsHeld, String progress, String difficulties, String satisfaction) {

        NewCheckIn checkIn() {
            return new NewCheckIn(number(meetingsHeld), progress, difficulties, number(satisfaction));
        }
    }

    /** The curator's questionnaire. */
    record CuratorForm(String planFollowed, String pairInteraction, String supportSufficient, String conclusions) {

        CuratorAnswers answers() {
            return new CuratorAnswers(
                    number(planFollowed), number(pairInteraction), number(supportSufficient), conclusions);
        }
    }

    /** The programme's SWOT analysis. */
    record SwotForm(String strengths, String weaknesses, String opportunities, String threats) {

        Swot swot() {
            return new Swot(strengths, weaknesses, opportunities, threats);
        }
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
