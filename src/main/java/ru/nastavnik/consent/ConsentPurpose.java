package ru.nastavnik.consent;

/**
 * What a consent is for. Since 01.09.2025 (152-ФЗ art. 9 as amended by 156-ФЗ) each consent is a separate
 * document, never combined with another, so every purpose has its own form.
 */
public enum ConsentPurpose {
    /** 152-ФЗ art. 9: processing of personal data in the mentorship system. */
    PERSONAL_DATA,
    /** Labour Code art. 351.8: written consent to the additional duties of mentoring. */
    MENTORING_DUTIES,
    /** Transfer to the municipal/regional mentor bank (a third party: Labour Code art. 88). */
    SHARED_BANK,
    /** 152-ФЗ art. 10.1: distribution — name, position and photo on public pages, item by item. */
    PUBLICATION;

    public String messageKey() {
        return "consent.purpose." + name();
    }

    /** The template a form of this purpose is printed from. */
    public String templateKind() {
        return "consent-" + name().toLowerCase().replace('_', '-');
    }
}
