package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A page number from an address is a whole number from 1 to 10,000 or refused; a list read whole is sliced. */
class PagedTests {

    @Test
    void aPageNumberIsAWholeNumberFromOneToTenThousand() {
        assertThat(Paged.number(null)).isEqualTo(1);
        assertThat(Paged.number(" ")).isEqualTo(1);
        assertThat(Paged.number("2")).isEqualTo(2);
        assertThat(Paged.number(" 17 ")).isEqualTo(17);
        assertThat(Paged.number("10000")).isEqualTo(10_000);
        for (String bad : List.of("0", "-1", "10001", "99999999999999999999", "abc", "2.5", "+3", "１")) {
            assertThatThrownBy(() -> Paged.number(bad))
                    .as(bad)
                    .isInstanceOf(Paged.BadPageNumber.class)
                    .extracting(e -> ((Paged.BadPageNumber) e).given())
                    .isEqualTo(bad.length() > 20 ? bad.substring(0, 20) + "…" : bad);
        }
    }

    @Test
    void aListReadWholeIsSlicedIntoPagesOfTwenty() {
        List<Integer> all = IntStream.rangeClosed(1, 45).boxed().toList();
        Paged<Integer> third = Paged.slice(all, 3, 20);
        assertThat(third.items()).containsExactly(41, 42, 43, 44, 45);
        assertThat(third.pages()).isEqualTo(3);
        assertThat(third.total()).isEqualTo(45);
        assertThat(third.hasNext()).isFalse();
        assertThat(third.hasPrevious()).isTrue();
        assertThat(Paged.slice(all, 1, 20).items()).hasSize(20).startsWith(1).endsWith(20);
        Paged<Integer> beyond = Paged.slice(all, 9, 20);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.previous())
                .as("from beyond the last, back to the last")
                .isEqualTo(3);
        assertThat(Paged.slice(List.<Integer>of(), 1, 20).pages()).isEqualTo(1);
    }
}
