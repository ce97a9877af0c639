package ru.nastavnik.people;

/** Needed to decline a name correctly in documents; recorded, never guessed. */
public enum Gender {
    MALE,
    FEMALE;

    public String messageKey() {
        return "gender." + name();
    }
}
