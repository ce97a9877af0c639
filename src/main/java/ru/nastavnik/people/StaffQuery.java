package ru.nastavnik.people;

/**
 * A search of the registry: free text over name, e-mail and personnel number, a category, archived or not, and
 * only those who left (a leaving date recorded; they are archived, so the archive is searched too).
 */
public record StaffQuery(
        String text, QualificationCategory category, boolean includeArchived, boolean leftOnly, int page, int size) {

    public StaffQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, 200);
    }

    public StaffQuery(String text, QualificationCategory category, boolean includeArchived, int page, int size) {
        this(text, category, includeArchived, false, page, size);
    }
}
