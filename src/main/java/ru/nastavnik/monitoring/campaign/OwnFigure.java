package ru.nastavnik.monitoring.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.nastavnik.monitoring.internal.Figure;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A campaign's own figure: what the region's form asks and no system can know («доля педагогов, прошедших КПК по
 * наставничеству в других организациях», «количество публикаций в СМИ»). The methodologist names it; every school
 * types it by hand, a count or a share as numerator over base. Numbered from 1 in the campaign; its code
 * {@code OWN_1} names it in the region's form mapping, the report's inputs and the API.
 */
public record OwnFigure(int number, String title, Indicator.Unit unit, String hint) {

    public static final int TITLE_MAX = 300;
    public static final int HINT_MAX = 1000;
    static final String PREFIX = "OWN_";

    public String code() {
        return PREFIX + number;
    }

    public boolean hasBase() {
        return unit != Indicator.Unit.COUNT;
    }

    /** In its unit (a percentage to one decimal); null when the base is zero. */
    public BigDecimal value(ManualFigure typed) {
        return typed == null ? null : new Figure(typed.numerator(), typed.base()).value(unit);
    }

    /**
     * The figures as the methodologist wrote them, numbered 1, 2, … in her order; each problem names its row
     * ({@code own[0].title}); a row without a title and without a hint is an empty row of the form and is dropped.
     */
    static List<OwnFigure> numbered(List<OwnFigure> written, List<InvalidInputException.Problem> problems) {
        List<OwnFigure> own = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            OwnFigure f = written.get(i).stripped();
            if (f.blank()) {
                continue;
            }
            f.check(i, problems);
            own.add(new OwnFigure(own.size() + 1, f.title(), f.unit(), f.hint()));
        }
        return own;
    }

    /** Title and hint without surrounding spaces; an empty hint as none. */
    OwnFigure stripped() {
        return new OwnFigure(
                number, title == null ? "" : title.strip(), unit, hint == null || hint.isBlank() ? null : hint.strip());
    }

    /** A row without a title and without a hint: an empty row of the form (or, for a figure, its removal). */
    boolean blank() {
        return (title == null || title.isBlank()) && (hint == null || hint.isBlank());
    }

    /** Each problem of a stripped row names it ({@code own[0].title}, the row counted from 1 in the message). */
    void check(int i, List<InvalidInputException.Problem> problems) {
        String row = "own[" + i + "].";
        if (title.isEmpty()) {
            problems.add(InvalidInputException.Problem.field(row + "title", "campaign.own.title.required", i + 1));
        } else if (title.length() > TITLE_MAX) {
            problems.add(
                    InvalidInputException.Problem.field(row + "title", "campaign.own.title.tooLong", i + 1, TITLE_MAX));
        }
        if (unit != Indicator.Unit.COUNT && unit != Indicator.Unit.PERCENT) {
            problems.add(InvalidInputException.Problem.field(row + "unit", "campaign.own.unit.required", i + 1));
        }
        if (hint != null && hint.length() > HINT_MAX) {
            problems.add(
                    InvalidInputException.Problem.field(row + "hint", "campaign.own.hint.tooLong", i + 1, HINT_MAX));
        }
    }

    /** {@code OWN_2} (or {@code OWN:2}, as regions' forms are often written): its number; 0 when not an own code. */
    static int numberOf(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.startsWith("OWN_") && !c.startsWith("OWN:")) {
            return 0;
        }
        try {
            int n = Integer.parseInt(c.substring(4).strip());
            return n > 0 ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
