package ru.nastavnik.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.events.EventPeople;
import ru.nastavnik.events.EventSamples;
import ru.nastavnik.events.RegistrationStatus;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Two changes of one registration made on the same read of it (her decline and the organiser's attendance mark):
 * exactly one is saved, the other is refused by the row's version (the API answers it 409 with the Russian
 * «record changed meanwhile» message), and the row holds the winner's change only — nothing is overwritten silently.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationVersionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MessageSource messages;

    @Test
    void ofTwoConcurrentChangesOfOneRegistrationOneWinsAndTheOtherIsRefusedAsStale() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        EventPeople.Teacher mentor =
                people.teacher(fixtures.user(Role.CURATOR, w.schoolA()), w.schoolA(), Role.MENTOR, "Миронова");
        LocalDateTime start = LocalDateTime.now().plusDays(5).truncatedTo(ChronoUnit.HOURS);
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + w.municipality() + "/events")
                                .with(user(methodologist))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(EventSamples.seminar(w, start, start.plusHours(2), 10)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(mentor.user())))
                .andExpect(status().isCreated());
        UUID registration =
                jdbc.queryForObject("select id from event_registration where event_id = ?::uuid", UUID.class, event);
        assertThat(version(registration)).isZero();

        TransactionTemplate tx = new TransactionTemplate(transactions);
        CyclicBarrier bothRead = new CyclicBarrier(2);
        Instant now = Instant.now();
        Map<String, Consumer<Registration>> changes = Map.of(
                "declined", r -> r.answer(RegistrationStatus.DECLINED, now),
                "attended", r -> r.attend(true, false, now));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> saved = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        try {
            Map<String, Future<?>> running = new java.util.HashMap<>();
            changes.forEach((name, change) -> running.put(
                    name,
                    pool.submit(() -> tx.executeWithoutResult(s -> {
                        Registration read = entityManager.find(Registration.class, registration);
                        await(bothRead);
                        change.accept(read);
                    }))));
            for (Map.Entry<String, Future<?>> r : running.entrySet()) {
                try {
                    r.getValue().get(60, TimeUnit.SECONDS);
                    saved.add(r.getKey());
                } catch (ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(saved).hasSize(1);
        assertThat(refused).singleElement().isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(messages.getMessage("error.conflict", null, Locale.forLanguageTag("ru")))
                .isEqualTo("Запись только что изменили в другом окне или другой пользователь.");
        Map<String, Object> row =
                jdbc.queryForMap("select status, attended, version from event_registration where id = ?", registration);
        if (saved.contains("declined")) {
            assertThat(row).containsEntry("status", "DECLINED").containsEntry("attended", false);
        } else {
            assertThat(row).containsEntry("status", "REGISTERED").containsEntry("attended", true);
        }
        assertThat(row).containsEntry("version", 1L);
    }

    private long version(UUID registration) {
        return jdbc.queryForObject("select version from event_registration where id = ?", Long.class, registration);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
