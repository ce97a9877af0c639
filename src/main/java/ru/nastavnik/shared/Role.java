package ru.nastavnik.shared;

/** Roles from DESIGN.md §2; each is held in an organisation (or, for methodologists, an area). */
public enum Role {
    SYSTEM_ADMIN,
    REGIONAL_METHODOLOGIST,
    MUNICIPAL_METHODOLOGIST,
    DIRECTOR,
    CURATOR,
    MENTOR,
    MENTEE;

    public String messageKey() {
        return "role." + name();
    }
}
