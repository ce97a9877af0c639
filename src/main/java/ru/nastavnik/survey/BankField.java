package ru.nastavnik.survey;

import java.util.List;
import java.util.Map;
import ru.nastavnik.shared.DefaultContent;
import tools.jackson.core.type.TypeReference;

/** What a question's answer means to the banks, so that they can fill a person's entry from it. */
public enum BankField {
    MENTEE_CATEGORY(QuestionType.SINGLE),
    MENTEE_NEEDS(QuestionType.TOPICS),
    MENTEE_NEEDS_NOTE(QuestionType.TEXT),
    /** Options keyed {@code yes}, {@code not-now}: "I don't need a mentor now" keeps the teacher out of the mentee bank. */
    MENTEE_WANTS_MENTOR(QuestionType.SINGLE),
    /** Options keyed {@code yes}, {@code maybe}, {@code no}: only "yes" and "maybe" enter the mentor bank. */
    MENTOR_WILLING(QuestionType.SINGLE),
    MENTOR_COMPETENCES(QuestionType.TOPICS),
    /** Option keys are numbers of mentees. */
    MENTOR_CAPACITY(QuestionType.SINGLE),
    MENTOR_FORMS(QuestionType.MULTIPLE),
    MENTOR_AVAILABILITY(QuestionType.TEXT),
    MENTOR_ACHIEVEMENTS(QuestionType.TEXT);

    /** The answer to {@link #MENTEE_WANTS_MENTOR} that keeps the teacher out of the mentee bank. */
    public static final String NOT_NOW = "not-now";

    private final QuestionType type;

    BankField(QuestionType type) {
        this.type = type;
    }

    public QuestionType type() {
        return type;
    }

    /**
     * The options a bound choice question must offer, so that the bank reads the answers right whatever the
     * curator typed: the mentee categories, and yes / maybe / no. Empty where the curator's options serve.
     * Their labels are content: {@code defaults/survey/bank-field-options.json}.
     */
    public List<Option> fixedOptions() {
        return List.copyOf(FixedOptions.ALL.getOrDefault(name(), List.of()));
    }

    public String messageKey() {
        return "survey.bankField." + name();
    }

    /** Read when first asked for, not while the constants are being made. */
    private static final class FixedOptions {

        static final Map<String, List<Option>> ALL = DefaultContent.read(
                "defaults/survey/bank-field-options.json", new TypeReference<Map<String, List<Option>>>() {});
    }
}
