package ru.nastavnik.monitoring.web;

/**
 * What the indicators' page is asked for: the period as typed (the period checks it), the column sorted by and its
 * direction, the page of schools and the name searched among them.
 */
record IndicatorQuery(String from, String to, String sort, Boolean desc, Integer page, String q) {

    boolean descending() {
        return Boolean.TRUE.equals(desc);
    }

    int pageIndex() {
        return page == null ? 0 : page;
    }
}
