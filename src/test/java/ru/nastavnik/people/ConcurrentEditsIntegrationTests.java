package ru.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Two editors save one staff record at the same moment, both on the version they read (the penetration test's
 * case: one change lost in 20 of 20 trials, both answered 200): exactly one save wins, the other is refused
 * (412, or 409 when both passed the check and the row's version stopped the second), and the record holds the
 * winner's change.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentEditsIntegrationTests {

    private static final String TEACHER = """
            {"lastName":"Кузнецова","firstName":"NAME","middleName":"Сергеевна","gender":"FEMALE",
             "positions":["учитель начальных классов"]}""";

    private static final List<String> NAMES = List.of(
            "Алла", "Инна", "Вера", "Нина", "Ольга", "Мария", "Дарья", "Елена", "Ирина", "Лидия", "Софья", "Зоя",
            "Галина", "Жанна", "Тамара", "Раиса", "Юлия", "Яна", "Лариса", "Фаина");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void ofTwoConcurrentSavesOnOneVersionExactlyOneWinsAndNoChangeIsLostSilently() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String base = "/api/v1/organisations/" + world.schoolA() + "/staff";
        String id = JsonPath.read(
                mvc.perform(post(base)
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(TEACHER.replace("NAME", "Анна")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String etag = mvc.perform(get(base + "/" + id).with(user(curator)))
                        .andReturn()
                        .getResponse()
                        .getHeader("ETag");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<MockHttpServletResponse>> saves = new ArrayList<>();
                for (String name : List.of(NAMES.get(2 * round), NAMES.get(2 * round + 1))) {
                    saves.add(pool.submit(() -> {
                        start.await();
                        return mvc.perform(put(base + "/" + id)
                                        .with(user(curator))
                                        .header("If-Match", etag)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(TEACHER.replace("NAME", name)))
                                .andReturn()
                                .getResponse();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                String winner = null;
                for (Future<MockHttpServletResponse> save : saves) {
                    MockHttpServletResponse response = save.get(60, TimeUnit.SECONDS);
                    statuses.add(response.getStatus());
                    if (response.getStatus() == 200) {
                        winner = JsonPath.read(response.getContentAsString(), "$.firstName");
                    }
                }
                assertThat(statuses).as("round %d", round).containsOnlyOnce(200);
                assertThat(statuses).as("round %d", round).allMatch(s -> s == 200 || s == 412 || s == 409);
                String saved = JsonPath.read(
                        mvc.perform(get(base + "/" + id).with(user(curator)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.firstName");
                assertThat(saved).as("round %d", round).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
