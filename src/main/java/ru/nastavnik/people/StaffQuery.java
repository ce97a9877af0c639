package ru.nastavnik.people;

/** A search of the registry: free text over name, e-mail and personnel number, a category, archived or not. */
public record StaffQuery(String text, QualificationCategory category, boolean includeArchived, int page, int size) {

    public StaffQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, 200);
    }
}
