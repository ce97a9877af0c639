package ru.nastavnik.publishing.internal;

/** Which text of a registered order is shown: the order itself, or the Regulation / the roadmap it approved. */
public enum DocumentPart {
    ORDER,
    REGULATION,
    ROADMAP;

    public String messageKey() {
        return "publishingSite.part." + name();
    }
}
