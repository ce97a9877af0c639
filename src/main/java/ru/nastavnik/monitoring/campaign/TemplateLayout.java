package ru.nastavnik.monitoring.campaign;

/** How the region's form holds the schools: one row per school from a start row, or one sheet per school. */
public enum TemplateLayout {
    ROWS,
    SHEETS;

    public String messageKey() {
        return "campaigns.form.layout." + name();
    }
}
