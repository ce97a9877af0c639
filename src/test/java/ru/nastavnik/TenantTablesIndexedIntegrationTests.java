package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A school's pages must cost the same in a region of 1,000 schools as in one of 50 (issue 19): a table whose rows
 * belong to a school ({@code organisation_id}) is looked up by school through an index, or its rows are reached only
 * through their parent's, which is named here with the reason. The pairs list once read all 20,000 pair members of
 * the seeded region on every view (bench/region-band/run found it; V168).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TenantTablesIndexedIntegrationTests {

    /** Tables with {@code organisation_id} reached through another key: the column is there for the audit and RLS. */
    static final Map<String, String> REACHED_OTHERWISE = Map.ofEntries(
            Map.entry("survey_invitation", "by its questionnaire, its person or its token"),
            Map.entry("survey_response", "by its questionnaire or its person"),
            Map.entry("practice_step", "by its practice"),
            Map.entry("event_decision", "by its event (a round table's decisions)"),
            Map.entry("event_feedback", "by its event"),
            Map.entry("publication_revision", "by its publication"),
            Map.entry("publication_photo", "by its publication"),
            Map.entry("monitoring_programme_review", "by its programme"),
            Map.entry("monitoring_campaign_form", "by its campaign"),
            Map.entry("matching_unmatched", "by its matching run"),
            Map.entry("document_job", "by its id and by the person who started it"));

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableOfASchoolsRowsIsLookedUpBySchoolThroughAnIndexOrThroughItsParent() {
        List<String> unindexed = jdbc.queryForList("""
                select c.relname from pg_class c
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'organisation_id' and not a.attisdropped
                where c.relkind in ('r', 'p') and c.relnamespace = current_schema()::regnamespace
                  and not exists (select 1 from pg_index i where i.indrelid = c.oid and i.indkey[0] = a.attnum)
                order by 1""", String.class);
        assertThat(unindexed)
                .as("tables with organisation_id and no index that starts with it, beside those reached otherwise")
                .containsExactlyInAnyOrderElementsOf(REACHED_OTHERWISE.keySet());
    }
}
