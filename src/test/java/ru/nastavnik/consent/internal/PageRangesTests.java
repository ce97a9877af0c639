package ru.nastavnik.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRangesTests {

    @Test
    void pagesAreRangesAndSinglePagesSeparatedByCommas() {
        assertThat(PageRanges.parse("1-2, 5", 6).stream().boxed()).containsExactly(1, 2, 5);
        assertThat(PageRanges.parse(" 3 – 4 ", 6).stream().boxed()).containsExactly(3, 4);
    }

    @Test
    void pagesPastTheEndOfTheScanAreRefusedWithItsPageCount() {
        assertThatThrownBy(() -> PageRanges.parse("5-7", 6)).hasMessage("consent.split.pages.beyond");
    }

    @Test
    void blankReversedOrUnreadablePagesAreRefused() {
        assertThatThrownBy(() -> PageRanges.parse(" ", 6)).hasMessage("consent.split.pages.required");
        assertThatThrownBy(() -> PageRanges.parse("4-2", 6)).hasMessage("consent.split.pages.invalid");
        assertThatThrownBy(() -> PageRanges.parse("0", 6)).hasMessage("consent.split.pages.invalid");
        assertThatThrownBy(() -> PageRanges.parse("первая", 6)).hasMessage("consent.split.pages.invalid");
    }
}
