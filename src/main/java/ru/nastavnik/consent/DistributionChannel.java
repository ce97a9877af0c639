package ru.nastavnik.consent;

/**
 * The information resources a consent to distribution names (Приказ Роскомнадзора № 18: the exact addresses of the
 * resources where the data appear): the school's public section here, with its feeds, widget and the export for the
 * school's site; the school's Telegram channel; the school's VK community.
 */
public enum DistributionChannel {
    SECTION,
    TELEGRAM,
    VK;

    public String messageKey() {
        return "consentScope.channel." + name();
    }
}
