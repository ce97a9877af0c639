package ru.nastavnik.monitoring.campaign;

/** A campaign takes submissions while open; once closed, never again. */
public enum CampaignStatus {
    OPEN,
    CLOSED;

    public String messageKey() {
        return "campaigns.status." + name();
    }
}
