package ru.nastavnik.people.web;

import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffQuery;

/** The staff list's filter form, as the page sends it (a GET); an unticked box is not sent and means no. */
record StaffFilter(String q, QualificationCategory category, Boolean archived, Boolean left) {

    StaffQuery query(int page, int size) {
        return new StaffQuery(q, category, showArchived(), showLeft(), page, size);
    }

    boolean showArchived() {
        return Boolean.TRUE.equals(archived);
    }

    boolean showLeft() {
        return Boolean.TRUE.equals(left);
    }
}
