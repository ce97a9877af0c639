package ru.nastavnik.consent;

/**
 * What kind of item a consent to distribution lets a person appear in (152-ФЗ art. 10.1: the subject chooses item
 * by item what may be made public; Приказ Роскомнадзора № 18: the categories and list of data).
 */
public enum DistributionKind {
    /** News of the mentorship section: her name in the text. */
    NEWS,
    /** Events with their outcomes (agenda, decisions, attendance). */
    EVENTS,
    /** The school's best practices she authored. */
    PRACTICES,
    /** Orders and other documents shown publicly with her name. */
    DOCUMENTS,
    /** Her work contacts (the curator's contacts on the section). */
    CONTACTS,
    /** Her image (Civil Code art. 152.1 as well). */
    PHOTOS;

    public String messageKey() {
        return "consentScope.kind." + name();
    }
}
