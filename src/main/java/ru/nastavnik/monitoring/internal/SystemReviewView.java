package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.shared.OrganisationId;

/** A school's yearly review: by component, the figures (their value as shown, none when no data) and the text. */
public record SystemReviewView(
        OrganisationId organisation,
        String name,
        IndicatorPeriod period,
        List<Component> components,
        LocalDate updatedOn) {

    public record Component(ReviewComponent component, List<Line> lines, String text) {}

    public record Line(Indicator indicator, String value) {}

    /** «2025/2026», as schools title the year. */
    public String schoolYear() {
        return period.from().getYear() + "/" + (period.from().getYear() + 1);
    }

    public int year() {
        return period.from().getYear();
    }
}
