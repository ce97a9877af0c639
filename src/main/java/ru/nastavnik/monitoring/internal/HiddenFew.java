package ru.nastavnik.monitoring.internal;

import java.util.Map;

/**
 * The figures as someone outside the school sees them: a figure that counts people is hidden when it counts fewer than
 * three (152-ФЗ: a school's «1 young mentee» names her), as are the rates judged by so few people behind them.
 */
final class HiddenFew {

    private HiddenFew() {}

    /** The indicators that count people (not pairs, programmes, events or practices). */
    static final java.util.Set<Indicator> PEOPLE = java.util.EnumSet.of(
            Indicator.YOUNG_WITH_MENTOR,
            Indicator.STAFF_INVOLVED,
            Indicator.MENTORS,
            Indicator.MENTORS_SHARE,
            Indicator.MENTEES_WAITING,
            Indicator.MENTEES_SUPPORTED,
            Indicator.QUALIFICATION,
            Indicator.MENTORS_PAID,
            Indicator.MENTORS_TRAINED,
            Indicator.EVENT_PARTICIPANTS,
            Indicator.QUALIFICATION_EARNED,
            Indicator.CONTESTS,
            Indicator.CONTESTS_WON,
            Indicator.OPEN_LESSONS,
            Indicator.PUBLICATIONS);

    static Map<String, Figure> hideFew(Map<String, Figure> figures) {
        Map<String, Figure> shown = new java.util.LinkedHashMap<>();
        figures.forEach((key, figure) -> shown.put(
                key,
                RetentionIndicator.judges(key)
                        ? RetentionIndicator.hiddenIfFew(figure)
                        : ImpactFigures.judgedByPeopleBehind(key)
                                ? ImpactFigures.hiddenIfFewBehind(figures, key, figure)
                                : PEOPLE.contains(Indicator.valueOf(key.split(":", 2)[0]))
                                        ? figure.hiddenIfFew()
                                        : figure));
        follow(shown);
        return shown;
    }

    /**
     * The figures whose numerator or base counts people, so that a numerator or base of one or two is not shown beside
     * the value ({@link Figure#numbersShown}).
     */
    private static final java.util.Set<Indicator> OVER_PEOPLE = java.util.EnumSet.of(
            Indicator.YOUNG_WITH_MENTOR,
            Indicator.STAFF_INVOLVED,
            Indicator.MENTORS_SHARE,
            Indicator.MENTOR_LOAD,
            Indicator.WAITING_DAYS,
            Indicator.SATISFACTION,
            Indicator.RETENTION);

    static boolean countedOverPeople(Indicator indicator) {
        return OVER_PEOPLE.contains(indicator);
    }

    /**
     * A figure over a count that is hidden is hidden with it: the mean load is links over mentors (the pairs over the
     * load would give the mentors back), the share of mentors is mentors over staff, the mean waiting is days over the
     * mentees waiting.
     */
    static void follow(Map<String, Figure> shown) {
        follow(shown, Indicator.MENTORS, Indicator.MENTOR_LOAD);
        follow(shown, Indicator.MENTORS, Indicator.MENTORS_SHARE);
        follow(shown, Indicator.MENTEES_WAITING, Indicator.WAITING_DAYS);
    }

    private static void follow(Map<String, Figure> shown, Indicator count, Indicator over) {
        Figure source = shown.get(count.name());
        if (source != null && source.hidden() && shown.containsKey(over.name())) {
            shown.put(over.name(), source.few() ? Figure.FEW : Figure.WITHHELD);
        }
    }
}
