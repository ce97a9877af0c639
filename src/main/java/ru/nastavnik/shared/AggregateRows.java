package ru.nastavnik.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One aggregate SQL query over many organisations at once, for the modules' figure APIs (monitoring's indicators):
 * the organisations bind to {@code :organisations}, each row goes to the consumer; none asked, no query. Run through
 * JPA so that the query counts of the tests see it.
 * <p>
 * Over many organisations (a region's thousand schools) the query is planned for its values each time: a reused
 * generic plan cannot hash a list of parameters and compares every row with each of them in turn (measured on the
 * seeded region, bench/monitoring: 145–320 ms against 55–90 ms for the pair members' query). Such a query is also
 * run without JIT compilation: its cost estimate over a thousand values passes {@code jit_above_cost}, and compiling
 * took longer than the query (the pair members of this school year on the seeded region: 55 ms with, 31 ms without).
 */
public final class AggregateRows {

    private AggregateRows() {}

    /**
     * From this many organisations on, a query is planned for its values and not compiled (the settings last to the
     * transaction's end).
     */
    static final int CUSTOM_PLAN_ABOVE = 50;

    public static void read(
            EntityManager entityManager,
            String sql,
            Collection<OrganisationId> organisations,
            Map<String, Object> parameters,
            Consumer<Object[]> row) {
        if (organisations.isEmpty()) {
            return;
        }
        if (organisations.size() > CUSTOM_PLAN_ABOVE) {
            entityManager
                    .createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                            + " set_config('jit', 'off', true)")
                    .getResultList();
        }
        Query query = entityManager
                .createNativeQuery(sql)
                .setParameter(
                        "organisations",
                        organisations.stream().map(OrganisationId::value).toList());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(row);
    }

    /** The organisation in a row's first column. */
    public static OrganisationId organisation(Object[] row) {
        return new OrganisationId((UUID) row[0]);
    }

    /** A count or sum column as a long. */
    public static long count(Object value) {
        return ((Number) value).longValue();
    }
}
