package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.InvalidInputException;

class IndicatorPeriodTests {

    @Test
    void withoutDatesThePeriodIsTheSchoolYearHoldingToday() {
        assertThat(IndicatorPeriod.of(null, null, LocalDate.of(2026, 3, 15)))
                .isEqualTo(new IndicatorPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)));
        assertThat(IndicatorPeriod.of(null, null, LocalDate.of(2026, 9, 1)))
                .isEqualTo(new IndicatorPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)));
        assertThat(IndicatorPeriod.of(null, null, LocalDate.of(2026, 8, 31)).from())
                .isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void oneDateGivenTheOtherEndIsThatOfItsSchoolYear() {
        assertThat(IndicatorPeriod.of(LocalDate.of(2026, 1, 10), null, LocalDate.of(2020, 1, 1)))
                .isEqualTo(new IndicatorPeriod(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 31)));
        assertThat(IndicatorPeriod.of(null, LocalDate.of(2025, 12, 31), LocalDate.of(2020, 1, 1)))
                .isEqualTo(new IndicatorPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aPeriodEndingBeforeItStartsOrADateThatDoesNotParseIsRefusedNamingTheField() {
        assertThatThrownBy(() -> IndicatorPeriod.parse("2026-05-01", "2026-04-30", LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> IndicatorPeriod.parse("1 мая", null, LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("from"));
        assertThat(IndicatorPeriod.parse(" ", "", LocalDate.of(2026, 1, 1)).from())
                .isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void aShareAndAMeanAreRoundedToOneDecimalAndHaveNoValueWithoutABase() {
        assertThat(new Figure(2, 3).value(Indicator.Unit.PERCENT)).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(new Figure(5, 4).value(Indicator.Unit.MEAN)).isEqualByComparingTo(new BigDecimal("1.3"));
        assertThat(new Figure(0, 0).value(Indicator.Unit.PERCENT)).isNull();
        assertThat(Figure.count(7).value(Indicator.Unit.COUNT)).isEqualByComparingTo(new BigDecimal("7"));
        assertThat(new Figure(1, 2).plus(new Figure(3, 4))).isEqualTo(new Figure(4, 6));
    }
}
