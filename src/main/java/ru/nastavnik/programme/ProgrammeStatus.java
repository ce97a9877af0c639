package ru.nastavnik.programme;

/** A programme is drafted, approved (by the director's order), worked through, and completed or ended early. */
public enum ProgrammeStatus {
    DRAFT,
    APPROVED,
    IN_PROGRESS,
    COMPLETED,
    TERMINATED;

    public String messageKey() {
        return "programme.status." + name();
    }
}
