package ru.nastavnik.shared;

/** Needed to decline a name correctly in documents (people, documents, consents, orders); recorded, never guessed. */
public enum Gender {
    MALE,
    FEMALE;

    public String messageKey() {
        return "gender." + name();
    }
}
