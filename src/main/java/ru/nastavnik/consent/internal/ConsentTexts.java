package ru.nastavnik.consent.internal;

import ru.nastavnik.consent.ConsentPurpose;

/**
 * The version of the consent text each new consent is given to, so that the operator can later show which
 * wording a person signed (the wording of the organisation's template of that time).
 */
final class ConsentTexts {

    private ConsentTexts() {}

    static String version(ConsentPurpose purpose) {
        return switch (purpose) {
            // 152-ФЗ as amended by 156-ФЗ (in force 01.09.2025): a separate document for each consent.
            case PERSONAL_DATA -> "pd-2025-09";
            // Labour Code art. 351.8, in force 01.03.2025.
            case MENTORING_DUTIES -> "tk351.8-2025-03";
            case SHARED_BANK -> "bank-2025-09";
            // Приказ Роскомнадзора № 18 (until 01.09.2027): the content of a consent to distribution.
            // From 12.2026 the form lists the kinds of item and the resources' addresses, each ticked or not.
            case PUBLICATION -> "pub-rkn18-2026-12";
        };
    }
}
