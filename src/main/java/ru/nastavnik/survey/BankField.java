package ru.nastavnik.survey;

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
     */
    public java.util.List<Option> fixedOptions() {
        return switch (this) {
            case MENTEE_CATEGORY -> java.util.List.of(new Option("YOUNG_SPECIALIST", "молодой специалист"),
                    new Option("NEW_EMPLOYEE", "новый сотрудник"), new Option("NEW_POSITION", "переход на новую должность"),
                    new Option("PROFESSIONAL_DEFICITS", "профессиональные затруднения"), new Option("ON_REQUEST", "по собственному запросу"));
            case MENTEE_WANTS_MENTOR -> java.util.List.of(new Option("yes", "да, мне нужен наставник"),
                    new Option(NOT_NOW, "мне сейчас не нужен наставник"));
            case MENTOR_WILLING -> java.util.List.of(new Option("yes", "да"), new Option("maybe", "возможно"), new Option("no", "нет"));
            default -> java.util.List.of();
        };
    }

    public String messageKey() {
        return "survey.bankField." + name();
    }
}
