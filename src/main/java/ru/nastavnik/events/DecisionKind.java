package ru.nastavnik.events;

/** What a round table decided on practices: «признать лучшими», or «рекомендовать на уровень выше». */
public enum DecisionKind {
    RECOGNISE_BEST,
    RECOMMEND_UPWARD;

    public String messageKey() {
        return "event.decision.kind." + name();
    }
}
