package ru.nastavnik.matching;

import ru.nastavnik.shared.InvalidInputException;

/**
 * How much each criterion counts, as the organisation tunes it (0 to 100 each), and how training counts (the
 * roadmap's stage 4: mentors are selected and trained before pairs are formed): either as a hard rule — only trained
 * mentors may be proposed ({@code onlyTrained}) — or as a criterion, {@code trained} being its weight. Kept with each
 * run, so that the next run starts from the school's last choice.
 */
public record MatchingWeights(
        Integer needs,
        Integer subject,
        Integer experience,
        Integer locality,
        Integer form,
        Integer wishes,
        Integer load,
        Boolean onlyTrained,
        Integer trained) {

    public static final MatchingWeights DEFAULTS = new MatchingWeights(40, 15, 10, 15, 5, 10, 5);

    public MatchingWeights(
            Integer needs,
            Integer subject,
            Integer experience,
            Integer locality,
            Integer form,
            Integer wishes,
            Integer load) {
        this(needs, subject, experience, locality, form, wishes, load, false, 0);
    }

    public MatchingWeights(
            Integer needs,
            Integer subject,
            Integer experience,
            Integer locality,
            Integer form,
            Integer wishes,
            Integer load,
            Boolean onlyTrained) {
        this(needs, subject, experience, locality, form, wishes, load, onlyTrained, 0);
    }

    public MatchingWeights {
        onlyTrained = Boolean.TRUE.equals(onlyTrained);
        needs = check("needs", needs, 40);
        subject = check("subject", subject, 15);
        experience = check("experience", experience, 10);
        locality = check("locality", locality, 15);
        form = check("form", form, 5);
        wishes = check("wishes", wishes, 10);
        load = check("load", load, 5);
        trained = check("trained", trained, 0);
        if (needs + subject + experience + locality + form + wishes + load + trained == 0) {
            throw InvalidInputException.of("needs", "matching.weights.allZero");
        }
    }

    private static int check(String field, Integer value, int fallback) {
        int v = value == null ? fallback : value;
        if (v < 0 || v > 100) {
            throw InvalidInputException.of(field, "matching.weights.range");
        }
        return v;
    }
}
