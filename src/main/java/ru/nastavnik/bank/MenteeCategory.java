package ru.nastavnik.bank;

/** Why a teacher needs a mentor (the categories of the 2021 methodological recommendations, and "other"). */
public enum MenteeCategory {
    YOUNG_SPECIALIST,
    NEW_EMPLOYEE,
    NEW_POSITION,
    PROFESSIONAL_DEFICITS,
    ON_REQUEST,
    OTHER;

    public String messageKey() {
        return "bank.category." + name();
    }
}
