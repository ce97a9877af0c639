package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Over more than {@link AggregateRows#CUSTOM_PLAN_ABOVE} organisations the query is planned for its values and not
 * JIT-compiled (a region's thousand schools): the rows are the same, and the settings last only to the end of the
 * transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AggregateRowsIntegrationTests {

    @Autowired
    EntityManager entityManager;

    private static final String SQL = """
            select v.id, count(*) from (values %s) v(id) where v.id in (:organisations) group by 1""";

    private List<Object[]> read(List<OrganisationId> asked, List<UUID> present) {
        String values = String.join(
                ",", present.stream().map(id -> "(cast('" + id + "' as uuid))").toList());
        List<Object[]> rows = new ArrayList<>();
        AggregateRows.read(entityManager, SQL.formatted(values), asked, Map.of(), rows::add);
        return rows;
    }

    @Test
    @Transactional(readOnly = true)
    void manyOrganisationsGiveTheSameRowsPlannedForTheirValues() {
        List<UUID> ids = IntStream.range(0, 60).mapToObj(i -> UUID.randomUUID()).toList();
        List<OrganisationId> asked =
                ids.subList(0, 55).stream().map(OrganisationId::new).toList();
        List<Object[]> rows = read(asked, ids);
        assertThat(rows).hasSize(55);
        assertThat(rows)
                .allSatisfy(row -> assertThat(AggregateRows.count(row[1])).isEqualTo(1));
        assertThat(entityManager
                        .createNativeQuery("select current_setting('plan_cache_mode')")
                        .getSingleResult())
                .isEqualTo("force_custom_plan");
        assertThat(entityManager
                        .createNativeQuery("select current_setting('jit')")
                        .getSingleResult())
                .isEqualTo("off");
    }

    @Test
    @Transactional(readOnly = true)
    void fewOrganisationsKeepTheServersPlanChoice() {
        List<UUID> ids = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID()).toList();
        List<Object[]> rows =
                read(ids.subList(0, 3).stream().map(OrganisationId::new).toList(), ids);
        assertThat(rows).hasSize(3);
        assertThat(entityManager
                        .createNativeQuery("select current_setting('plan_cache_mode')")
                        .getSingleResult())
                .isEqualTo("auto");
    }
}
