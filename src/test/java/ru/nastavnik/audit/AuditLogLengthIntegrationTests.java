package ru.nastavnik.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A school's log grows by every look at personal data for years; a view of it must not count all of it: it is
 * counted up to {@link AuditLog#COUNTED} entries (or to the page asked for), says «более …» past that, and every
 * entry stays reachable page by page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogLengthIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aLongLogIsCountedUpToItsBoundSaysMoreThanAndKeepsItsNextPages() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, world.schoolA());
        int length = AuditLog.COUNTED + 60;
        jdbc.update("""
                insert into audit_entry (organisation_id, occurred_at, actor_name, action, subject_type, details)
                select ?, now() - make_interval(secs => n), 'curator', 'READ', 'Person', 'карточка работника'
                from generate_series(1, ?) n""", world.schoolA().value(), length);

        Page<AuditRecord> first = log.of(director, world.schoolA(), null, 0, 50);
        assertThat(first.getContent()).hasSize(50);
        assertThat(first.getTotalElements()).isEqualTo(AuditLog.COUNTED + 1);
        assertThat(AuditLog.countedInFull(first)).isFalse();
        // the page past the bound is counted to itself and one more: its next page is still offered
        Page<AuditRecord> past = log.of(director, world.schoolA(), null, AuditLog.COUNTED / 50, 50);
        assertThat(past.getContent()).hasSize(50);
        assertThat(past.isLast()).isFalse();
        assertThat(AuditLog.countedInFull(past)).isFalse();
        Page<AuditRecord> last = log.of(director, world.schoolA(), null, AuditLog.COUNTED / 50 + 1, 50);
        assertThat(last.getContent()).hasSize(10);
        assertThat(last.getTotalElements()).isEqualTo(length);
        assertThat(AuditLog.countedInFull(last)).isTrue();

        String page = mvc.perform(get("/audit/entries")
                        .param("organisation", world.schoolA().toString())
                        .with(user(director)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.replace('\u00a0', ' '))
                .contains("Всего: более 10 000")
                .contains("Страница 1<")
                .doesNotContain("Страница 1 из");
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/audit").with(user(director)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(AuditLog.COUNTED + 1))
                .andExpect(jsonPath("$.totalExact").value(false));
        mvc.perform(get("/api/v1/organisations/" + world.schoolB() + "/audit")
                        .with(user(fixtures.user(Role.DIRECTOR, world.schoolB()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalExact").value(true));
    }
}
