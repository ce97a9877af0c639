package ru.nastavnik.monitoring.internal;

/**
 * The indicator catalogue, each defined once: its code, its unit and whether the system computes it yet. The Russian
 * name (as schools write it), the formula in words and the description are message keys derived from the code
 * ({@code indicator.<CODE>.name|formula|description}); an indicator without data says why ({@code .missing}).
 */
public enum Indicator {
    YOUNG_WITH_MENTOR(Unit.PERCENT, true),
    STAFF_INVOLVED(Unit.PERCENT, true),
    MENTORS(Unit.COUNT, true),
    MENTORS_SHARE(Unit.PERCENT, true),
    MENTOR_LOAD(Unit.MEAN, true),
    PAIRS(Unit.COUNT, true),
    GROUPS(Unit.COUNT, true),
    MENTEES_WAITING(Unit.COUNT, true),
    MENTEES_SUPPORTED(Unit.COUNT, true),
    WAITING_DAYS(Unit.DAYS, true),
    PROGRAMMES_APPROVED(Unit.COUNT, true),
    PROGRAMMES_ON_TIME(Unit.COUNT, true),
    PROGRAMMES_EARLY(Unit.COUNT, true),
    PROGRAMMES_TERMINATED(Unit.COUNT, true),
    EVENTS_HELD(Unit.COUNT, true),
    EVENT_PARTICIPANTS(Unit.COUNT, true),
    PRACTICES(Unit.COUNT, true),
    QUALIFICATION(Unit.COUNT, true),
    MENTORS_PAID(Unit.COUNT, true),
    SATISFACTION(Unit.MEAN, true),
    MENTORS_TRAINED(Unit.COUNT, true),
    TRAINING_HOURS(Unit.COUNT, true),
    DEFICITS_CLOSED(Unit.PERCENT, true),
    RETENTION(Unit.PERCENT, "staffRetention.indicator"),
    CONTESTS(Unit.COUNT, true),
    PUBLICATIONS(Unit.COUNT, true),
    NEWS_PUBLISHED(Unit.COUNT, true),
    QUALIFICATION_EARNED(Unit.COUNT, true),
    CONTESTS_WON(Unit.COUNT, true),
    OPEN_LESSONS(Unit.COUNT, true);

    /** How a figure reads: a count, a percentage of its base, a mean, a mean number of days. */
    public enum Unit {
        COUNT,
        PERCENT,
        MEAN,
        DAYS;

        public String messageKey() {
            return "indicator.unit." + name();
        }
    }

    private final Unit unit;
    private final boolean computed;
    private final String texts;

    Indicator(Unit unit, boolean computed) {
        this.unit = unit;
        this.computed = computed;
        this.texts = "indicator." + name();
    }

    /** Computed, its texts kept in the bundle of the feature that added it, under {@code texts}. */
    Indicator(Unit unit, String texts) {
        this.unit = unit;
        this.computed = true;
        this.texts = texts;
    }

    public Unit unit() {
        return unit;
    }

    /**
     * The unit as printed beside the figure: hours of training are a count and the load and satisfaction are means,
     * yet a director signing the annual report reads «ч.», «чел.» and «балл», not «ед.» and «среднее».
     */
    public String unitKey() {
        return switch (this) {
            case TRAINING_HOURS -> "explore.indicator.unit.hours";
            // a count of people reads «чел.» in a report the director signs, a count of things «ед.»
            case MENTOR_LOAD,
                    MENTORS,
                    MENTEES_WAITING,
                    MENTEES_SUPPORTED,
                    EVENT_PARTICIPANTS,
                    QUALIFICATION,
                    MENTORS_PAID,
                    MENTORS_TRAINED -> "explore.indicator.unit.people";
            case SATISFACTION -> "explore.indicator.unit.score";
            default -> unit.messageKey();
        };
    }

    /** False: listed with the reason its data does not exist yet ({@link #missingKey()}). */
    public boolean computed() {
        return computed;
    }

    public String nameKey() {
        return texts + ".name";
    }

    public String formulaKey() {
        return texts + ".formula";
    }

    public String descriptionKey() {
        return texts + ".description";
    }

    public String missingKey() {
        return texts + ".missing";
    }
}
