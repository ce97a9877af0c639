package ru.nastavnik;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread (set as the session factory's statement
 * inspector in the tests' configuration), so that a test can see whether a page's queries grow with its rows.
 */
public class QueryCounter implements StatementInspector {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    // only while a test records: kept for every statement of the suite, the list would grow without end
    private static final ThreadLocal<java.util.List<String>> RECORDED = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        java.util.List<String> recorded = RECORDED.get();
        if (recorded != null) {
            recorded.add(sql);
        }
        return sql;
    }

    /** Keeps the statements prepared on this thread from now until {@link #stopRecording()}. */
    public static void record() {
        RECORDED.set(new java.util.ArrayList<>());
    }

    public static java.util.List<String> stopRecording() {
        java.util.List<String> recorded = RECORDED.get();
        RECORDED.remove();
        return recorded == null ? java.util.List.of() : recorded;
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int count() {
        return COUNT.get()[0];
    }
}
