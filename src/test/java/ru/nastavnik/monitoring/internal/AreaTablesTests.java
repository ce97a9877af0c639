package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import ru.nastavnik.MutableClock;
import ru.nastavnik.shared.OrganisationId;

class AreaTablesTests {

    private static final IndicatorPeriod YEAR =
            new IndicatorPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31));

    private final MutableClock clock = new MutableClock();
    private final AreaTables tables = new AreaTables(Duration.ofMinutes(1), clock);
    private final OrganisationId region = new OrganisationId(UUID.randomUUID());
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void aTerritorysTableIsComputedOnceWithinItsMaxAge() {
        IndicatorTable first = tables.of(region, true, YEAR, counting());
        clock.advance(Duration.ofSeconds(59));
        IndicatorTable again = tables.of(region, true, YEAR, counting());

        assertThat(again).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void aTableAsOldAsItsMaxAgeIsComputedAgain() {
        IndicatorTable first = tables.of(region, true, YEAR, counting());
        clock.advance(Duration.ofMinutes(1));

        assertThat(tables.of(region, true, YEAR, counting())).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aSchoolsOwnTableIsComputedAtEveryView() {
        tables.of(region, false, YEAR, counting());
        tables.of(region, false, YEAR, counting());

        assertThat(computed).hasValue(2);
    }

    @Test
    void anotherPeriodOrTerritoryIsATableOfItsOwn() {
        tables.of(region, true, YEAR, counting());
        tables.of(region, true, new IndicatorPeriod(YEAR.from(), YEAR.to().minusDays(1)), counting());
        tables.of(new OrganisationId(UUID.randomUUID()), true, YEAR, counting());

        assertThat(computed).hasValue(3);
    }

    @Test
    void withNoMaxAgeNothingIsKept() {
        AreaTables none = new AreaTables(Duration.ZERO, clock);
        none.of(region, true, YEAR, counting());
        none.of(region, true, YEAR, counting());

        assertThat(computed).hasValue(2);
        assertThat(none.maxAge()).isZero();
    }

    @Test
    void aFailedComputationIsNotKept() {
        assertThatThrownBy(() -> tables.of(region, true, YEAR, () -> {
                    throw new IllegalStateException("база недоступна");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("база недоступна");

        tables.of(region, true, YEAR, counting());
        assertThat(computed).hasValue(1);
    }

    @Test
    void peopleAskingWhileTheTableIsComputedWaitForThatOneComputation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<IndicatorTable> slow = () -> {
            started.countDown();
            await(release);
            return counting().get();
        };
        ExecutorService people = Executors.newFixedThreadPool(4);
        try {
            Future<IndicatorTable> first = people.submit(() -> tables.of(region, true, YEAR, slow));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<IndicatorTable>> others = List.of(
                    people.submit(() -> tables.of(region, true, YEAR, slow)),
                    people.submit(() -> tables.of(region, true, YEAR, slow)),
                    people.submit(() -> tables.of(region, true, YEAR, slow)));
            Thread.sleep(100);
            assertThat(others).noneMatch(Future::isDone);
            release.countDown();

            IndicatorTable table = first.get(10, TimeUnit.SECONDS);
            for (Future<IndicatorTable> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isSameAs(table);
            }
            assertThat(computed).hasValue(1);
        } finally {
            people.shutdownNow();
        }
    }

    @Test
    void atMostItsCapacityOfTablesIsKeptTheOldestGoingFirst() {
        OrganisationId oldest = new OrganisationId(UUID.randomUUID());
        IndicatorTable kept = tables.of(oldest, true, YEAR, counting());
        for (int i = 0; i < AreaTables.CAPACITY; i++) {
            clock.advance(Duration.ofMillis(10));
            tables.of(new OrganisationId(UUID.randomUUID()), true, YEAR, counting());
        }

        assertThat(tables.of(oldest, true, YEAR, counting())).isNotSameAs(kept);
        assertThat(computed).hasValue(AreaTables.CAPACITY + 2);
    }

    @Test
    void theKeptTablesRowsAreBoundedTooTheOldestGoingFirst() {
        OrganisationId first = new OrganisationId(UUID.randomUUID());
        IndicatorTable big = tables.of(first, true, YEAR, rows(2_000));
        clock.advance(Duration.ofMillis(10));
        tables.of(new OrganisationId(UUID.randomUUID()), true, YEAR, rows(2_000));
        clock.advance(Duration.ofMillis(10));
        tables.of(new OrganisationId(UUID.randomUUID()), true, YEAR, rows(2_000));

        assertThat(AreaTables.MAX_ROWS).isLessThan(6_000);
        assertThat(tables.of(first, true, YEAR, rows(2_000))).isNotSameAs(big);
    }

    @Test
    void aChangeOfTheSettingsForgetsEveryKeptTable() {
        IndicatorTable first = tables.of(region, true, YEAR, counting());
        tables.forgetAll();

        assertThat(tables.of(region, true, YEAR, counting())).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aNegativeMaxAgeIsRefusedAtStart() {
        assertThatThrownBy(() -> new AreaTables(Duration.ofSeconds(-1), clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("area-figures-max-age");
    }

    private Supplier<IndicatorTable> counting() {
        return () -> {
            computed.incrementAndGet();
            return new IndicatorTable(region, "Область", true, YEAR, List.of(), Map.of(), List.of());
        };
    }

    private Supplier<IndicatorTable> rows(int schools) {
        List<IndicatorTable.Row> rows = java.util.stream.IntStream.range(0, schools)
                .mapToObj(i -> new IndicatorTable.Row(
                        new OrganisationId(UUID.randomUUID()), "Школа " + i, false, Map.<String, Figure>of()))
                .toList();
        return () -> new IndicatorTable(region, "Область", true, YEAR, List.of(), Map.of(), rows);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
