package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A view of a main list is one read-only transaction (one connection, one Hibernate session) with its audit record
 * in it, not one transaction per service it asks (issue 20: five to seven a page were a fifth of its cost).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ListViewTransactionsIntegrationTests {

    private static final ThreadLocal<List<String>> BEGUN = ThreadLocal.withInitial(java.util.ArrayList::new);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachMainListIsOneTransactionWithItsAuditRecord() throws Exception {
        listen();
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), Collections.nCopies(3, "Наставникова"));
        Map<String, List<String>> begun = new LinkedHashMap<>();
        Map<String, Long> recorded = new LinkedHashMap<>();
        for (String page : List.of("/bank/mentors", "/bank/mentees", "/people/staff", "/mentorship/pairs")) {
            long before = recorded(world);
            BEGUN.get().clear();
            int status = mvc.perform(get(page)
                            .param("organisation", world.schoolA().toString())
                            .with(user(curator)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(page).isEqualTo(200);
            // the transactions of the page's own modules (the security's and the session's are not the page's)
            begun.put(
                    page,
                    BEGUN.get().stream()
                            .filter(name ->
                                    name != null && name.matches("ru\\.nastavnik\\.(bank|people|mentorship)\\..*"))
                            .toList());
            recorded.put(page, recorded(world) - before);
        }
        assertThat(begun)
                .as("transactions begun per view: " + begun)
                .isEqualTo(Map.of(
                        "/bank/mentors",
                        List.of("ru.nastavnik.bank.web.BankController.mentors"),
                        "/bank/mentees",
                        List.of("ru.nastavnik.bank.web.BankController.mentees"),
                        "/people/staff",
                        List.of("ru.nastavnik.people.web.StaffController.list"),
                        "/mentorship/pairs",
                        List.of("ru.nastavnik.mentorship.web.PairController.list")));
        assertThat(recorded)
                .isEqualTo(
                        Map.of("/bank/mentors", 1L, "/bank/mentees", 1L, "/people/staff", 1L, "/mentorship/pairs", 1L));
    }

    private long recorded(Fixtures.World world) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where organisation_id = ?",
                Long.class,
                world.schoolA().value());
    }

    private void listen() {
        AbstractPlatformTransactionManager manager = (AbstractPlatformTransactionManager) transactions;
        if (manager.getTransactionExecutionListeners().stream().noneMatch(Counting.class::isInstance)) {
            manager.addListener(new Counting());
        }
    }

    /** Names the transactions begun on the test's thread (MockMvc serves the request on it). */
    private static final class Counting implements TransactionExecutionListener {
        @Override
        public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
            BEGUN.get().add(transaction.getTransactionName());
        }
    }
}
