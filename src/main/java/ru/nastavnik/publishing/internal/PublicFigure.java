package ru.nastavnik.publishing.internal;

/**
 * A headline figure of a school's mentorship that it may show on its public section: counts only, never a name. Those
 * counting people ({@code people}) obey the small-number rule on the public pages — 1 or 2 is shown as «< 3» — so that
 * nobody can be recognised in them; events and practices are not people and are shown as they are.
 */
public enum PublicFigure {
    MENTORS(true),
    MENTEES(true),
    PAIRS(true),
    GROUPS(true),
    PROGRAMMES_COMPLETED(true),
    MENTORS_TRAINED(true),
    EVENTS_HELD(false),
    PRACTICES(false);

    private final boolean people;

    PublicFigure(boolean people) {
        this.people = people;
    }

    public boolean people() {
        return people;
    }

    public String key() {
        return name();
    }

    public String messageKey() {
        return "publishingFigures.figure." + name();
    }

    /** What the public reads for {@code value}: a count of 1 or 2 people is «< 3», anything else the number itself. */
    public String shown(long value) {
        return people && value > 0 && value < 3 ? "< 3" : Long.toString(value);
    }
}
