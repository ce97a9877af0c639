package ru.nastavnik.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.OrganisationId;

/**
 * A municipality's or region's indicator table, kept for a short while. On the seeded region (1,000 schools) the
 * region's table is about ten aggregate queries over every school, 250–350 ms of the database on an idle machine, and
 * methodologists open it again and again: with 200 people at work its p95 was 334 ms where every other page stayed
 * under 160 (issue 19 item 4). A school's own table is never kept: its curator sees her change at once.
 * <p>
 * Kept on each node, at most {@link #CAPACITY} tables, none older than {@code nastavnik.monitoring.area-figures-max-age}
 * (a minute by default, zero: not kept): with several nodes each keeps its own, and a change in a school reaches the
 * territory's page within that time, as the page says; a change of the monitoring settings forgets this node's tables
 * at once. People asking for a table while it is computed wait for that
 * computation instead of starting their own; a computation that failed is not kept.
 */
@Component
class AreaTables {

    static final int CAPACITY = 32;

    /**
     * Rows of all kept tables together: a region's table has a row per school (about 5–12 MB for 1,000), and any period
     * may be asked for, so the tables are bounded by their rows too — five regions' worth.
     */
    static final int MAX_ROWS = 5_000;

    /** How long one waits for a table another request computes before computing it herself. */
    private static final long WAIT_SECONDS = 30;

    private final Duration maxAge;
    private final Clock clock;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    AreaTables(@Value("${nastavnik.monitoring.area-figures-max-age:PT1M}") Duration maxAge, Clock clock) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("nastavnik.monitoring.area-figures-max-age must not be negative");
        }
        this.maxAge = maxAge;
        this.clock = clock;
    }

    private record Key(OrganisationId organisation, IndicatorPeriod period) {}

    private record Kept(Instant at, FutureTask<IndicatorTable> table) {}

    /** How long a territory's table may be shown after it was computed; zero when tables are not kept. */
    Duration maxAge() {
        return maxAge;
    }

    /** The table of {@code organisation} over {@code period}: kept when it is an area's, else computed now. */
    IndicatorTable of(
            OrganisationId organisation, boolean area, IndicatorPeriod period, Supplier<IndicatorTable> compute) {
        if (!area || maxAge.isZero()) {
            return compute.get();
        }
        Instant now = clock.instant();
        Key key = new Key(organisation, period);
        Kept entry = kept.compute(
                key, (k, old) -> old != null && fresh(old, now) ? old : new Kept(now, new FutureTask<>(compute::get)));
        // the first caller computes; the others find it running or done and wait for its result
        entry.table().run();
        try {
            IndicatorTable table = entry.table().get(WAIT_SECONDS, TimeUnit.SECONDS);
            forgetOld(now);
            return table;
        } catch (ExecutionException failed) {
            kept.remove(key, entry);
            if (failed.getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (failed.getCause() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (TimeoutException slow) {
            return compute.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the area's indicators were computed", interrupted);
        }
    }

    private boolean fresh(Kept entry, Instant now) {
        return entry.at().plus(maxAge).isAfter(now);
    }

    /** Every kept table: the monitoring settings an area's figures depend on changed. */
    void forgetAll() {
        kept.clear();
    }

    /** Tables past their age, then the oldest beyond the capacity or the rows. */
    private void forgetOld(Instant now) {
        kept.entrySet().removeIf(e -> !fresh(e.getValue(), now));
        while (kept.size() > CAPACITY
                || kept.values().stream().mapToInt(AreaTables::rows).sum() > MAX_ROWS) {
            kept.entrySet().stream()
                    .min(Comparator.comparing(
                            (Map.Entry<Key, Kept> e) -> e.getValue().at()))
                    .ifPresent(e -> kept.remove(e.getKey(), e.getValue()));
        }
    }

    /** The rows of a computed table; none while it is computed or if it failed. */
    private static int rows(Kept entry) {
        if (!entry.table().isDone()) {
            return 0;
        }
        try {
            return entry.table().get().rows().size();
        } catch (ExecutionException | java.util.concurrent.CancellationException failed) {
            return 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
