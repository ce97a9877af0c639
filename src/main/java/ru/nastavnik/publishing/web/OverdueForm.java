package ru.nastavnik.publishing.web;

/** The overdue mark's box on the section's settings page: sent ticked ({@code true}) or not sent at all. */
record OverdueForm(String showOverdue) {

    boolean shown() {
        return OverdueSetting.of(showOverdue == null ? Boolean.FALSE : showOverdue.strip());
    }
}
