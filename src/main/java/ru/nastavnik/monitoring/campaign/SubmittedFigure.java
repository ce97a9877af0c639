package ru.nastavnik.monitoring.campaign;

import java.math.BigDecimal;
import ru.nastavnik.monitoring.internal.Figure;
import ru.nastavnik.monitoring.internal.Indicator;

/** One indicator of a submitted report: its numerator and base as submitted, and whether the school typed it. */
public record SubmittedFigure(Indicator indicator, long numerator, long base, boolean manual) {

    /** In the indicator's unit (a percentage to one decimal); null when the base is zero. */
    public BigDecimal value() {
        return new Figure(numerator, base).value(indicator.unit());
    }
}
