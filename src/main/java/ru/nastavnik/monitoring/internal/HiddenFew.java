package ru.nastavnik.monitoring.internal;

import java.util.Map;

/**
 * The figures as someone outside the school sees them: a figure that counts people is hidden when it counts fewer than
 * three (152-ФЗ: a school's «1 young mentee» names her), as are the rates judged by so few people behind them.
 */
final class HiddenFew {

    private HiddenFew() {}

    /** The indicators that count people (not pairs, programmes, events or practices). */
    private static final java.util.Set<Indicator> PEOPLE = java.util.EnumSet.of(
            Indicator.YOUNG_WITH_MENTOR,
            Indicator.STAFF_INVOLVED,
            Indicator.MENTORS,
            Indicator.MENTORS_SHARE,
            Indicator.MENTEES_WAITING,
            Indicator.MENTEES_SUPPORTED,
            Indicator.WAITING_DAYS,
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
        return shown;
    }
}
