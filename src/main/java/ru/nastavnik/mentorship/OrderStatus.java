package ru.nastavnik.mentorship;

public enum OrderStatus {
    DRAFT,
    REGISTERED;

    public String messageKey() {
        return "mentorship.order.status." + name();
    }
}
