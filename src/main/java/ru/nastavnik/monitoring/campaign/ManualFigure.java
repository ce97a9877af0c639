package ru.nastavnik.monitoring.campaign;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A figure the system cannot know, entered by the school (shown «введено вручную»): a count, or a numerator over its
 * base. Never negative, and a share never above its base (a percentage over 100 is a typing error).
 */
public record ManualFigure(long numerator, long base) {

    public static ManualFigure of(Indicator indicator, Long numerator, Long base) {
        return of(indicator.name(), name(indicator), indicator.unit(), numerator, base);
    }

    /** A campaign's own figure: the same rules and messages, named by the title the methodologist gave it. */
    public static ManualFigure of(OwnFigure own, Long numerator, Long base) {
        return of(own.code(), own.title(), own.unit(), numerator, base);
    }

    private static ManualFigure of(String field, Object name, Indicator.Unit unit, Long numerator, Long base) {
        if (numerator == null) {
            throw InvalidInputException.of(field, "campaigns.figure.required", name);
        }
        boolean hasBase = unit != Indicator.Unit.COUNT;
        if (hasBase && base == null) {
            throw InvalidInputException.of(field, "campaigns.figure.baseRequired", name);
        }
        if (numerator < 0 || (hasBase && base < 0)) {
            throw InvalidInputException.of(field, "campaigns.figure.negative", name);
        }
        if (unit == Indicator.Unit.PERCENT && numerator > base) {
            throw InvalidInputException.of(field, "campaigns.figure.aboveBase", name, numerator, base);
        }
        return new ManualFigure(numerator, hasBase ? base : 0);
    }

    /** The indicator's Russian name, resolved where the message is shown. */
    static Object name(Indicator indicator) {
        return new DefaultMessageSourceResolvable(new String[] {indicator.nameKey()}, indicator.name());
    }
}
