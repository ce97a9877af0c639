package ru.nastavnik.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.survey.AnsweredQuestion;
import ru.nastavnik.survey.QuestionType;

/**
 * The answers a curator weighs for her SWOT worksheet, pre-sorted beside it: what went well (progress, high scores:
 * 80 % of the scale and above) to strengths; difficulties and low scores (half the scale and below) to weaknesses; the
 * participants' own comments to opportunities; a missed check-in or no meetings by the mid-point to threats. Middle
 * scores are not sorted; the curator decides, the sorting only saves her the copying.
 */
public record SwotSources(List<Item> strengths, List<Item> weaknesses, List<Item> opportunities, List<Item> threats) {

    /** One answer: what it is ({@code review.swot.item.<kind>}), whose (mentor or mentee), its text or score. */
    public record Item(String kind, boolean mentor, String text) {

        public String messageKey() {
            return "review.swot.item." + kind;
        }

        public String roleKey() {
            return mentor ? "review.role.MENTOR" : "review.role.MENTEE";
        }
    }

    /** A participant's completion questionnaire, answered question by question. */
    public record Sheet(boolean mentor, List<AnsweredQuestion> answers) {}

    static SwotSources sort(
            List<CheckInView> checkIns, List<Sheet> sheets, boolean mentorMissed, boolean menteeMissed) {
        List<Item> s = new ArrayList<>();
        List<Item> w = new ArrayList<>();
        List<Item> o = new ArrayList<>();
        List<Item> t = new ArrayList<>();
        for (CheckInView c : checkIns) {
            s.add(new Item("progress", c.mentor(), c.progress()));
            if (c.difficulties() != null) {
                w.add(new Item("difficulties", c.mentor(), c.difficulties()));
            }
            sortScore(
                    c.satisfaction(),
                    10,
                    new Item("checkinSatisfaction", c.mentor(), c.satisfaction() + " / 10"),
                    s,
                    w);
            if (c.meetingsHeld() == 0) {
                t.add(new Item("noMeetings", c.mentor(), "0"));
            }
        }
        for (Sheet sheet : sheets) {
            for (AnsweredQuestion a : sheet.answers()) {
                Integer score = a.score();
                if (score != null && a.scaleMax() != null) {
                    sortScore(
                            score,
                            a.scaleMax(),
                            new Item("score", sheet.mentor(), a.question() + " — " + score + " / " + a.scaleMax()),
                            s,
                            w);
                } else if (a.type() == QuestionType.TEXT) {
                    o.add(new Item("comment", sheet.mentor(), a.question() + " — " + String.join("; ", a.values())));
                }
            }
        }
        if (mentorMissed) {
            t.add(new Item("missed", true, ""));
        }
        if (menteeMissed) {
            t.add(new Item("missed", false, ""));
        }
        return new SwotSources(List.copyOf(s), List.copyOf(w), List.copyOf(o), List.copyOf(t));
    }

    private static void sortScore(int score, int max, Item item, List<Item> strengths, List<Item> weaknesses) {
        if (score * 5 >= max * 4) {
            strengths.add(item);
        } else if (score * 2 <= max) {
            weaknesses.add(item);
        }
    }
}
