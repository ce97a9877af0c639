package ru.nastavnik.monitoring.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.nastavnik.monitoring.internal.Figure;
import ru.nastavnik.monitoring.internal.IndicatorLine;

/** An indicator line's name, formula, unit and value in words, the same on the page, in the API and in the XLSX. */
/** Public only so that the page's template may call it. */
@Component
public class IndicatorTexts {

    private final MessageSource messages;

    IndicatorTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String name(IndicatorLine line) {
        String name = text(line.indicator().nameKey());
        return line.whole() ? name : name + " — " + part(line);
    }

    public String part(IndicatorLine line) {
        if (line.partKey() != null) {
            return text(line.partKey());
        }
        // a school's own form of mentoring, as written in its pairs: named as a form, so that «groups — one to one»
        // does not read as a group that is one to one
        return text("indicator.formPart", line.partText());
    }

    public String formula(IndicatorLine line) {
        return text(line.indicator().formulaKey());
    }

    public String description(IndicatorLine line) {
        return text(line.indicator().descriptionKey());
    }

    public String unit(IndicatorLine line) {
        return text(line.indicator().unitKey());
    }

    public String unit(ru.nastavnik.monitoring.internal.Indicator.Unit unit) {
        return text(unit.messageKey());
    }

    /** Why there is no figure, for an indicator the system does not compute yet; else null. */
    public String missing(IndicatorLine line) {
        return line.indicator().computed() ? null : text(line.indicator().missingKey());
    }

    /** The value as a number (a percentage as 12.5), or null: no base, or no data yet. */
    public BigDecimal value(IndicatorLine line, Figure figure) {
        return line.indicator().computed() ? figure.value(line.indicator().unit()) : null;
    }

    /** The value as shown: «12,5», «—» when there is no base, «нет данных» when the indicator has none yet. */
    public String shown(IndicatorLine line, Figure figure) {
        if (!line.indicator().computed()) {
            return text("indicator.noData");
        }
        if (figure.hidden()) {
            return text(figure.few() ? "indicator.fewPeople" : "indicator.withheld");
        }
        BigDecimal value = figure.value(line.indicator().unit());
        return value == null ? "—" : value.toPlainString().replace('.', ',');
    }

    public String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
