package ru.nastavnik.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** What a load balancer and a monitoring system need from a node: probes, metrics for the administrator, request ids. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsIntegrationTests {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-test-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void theBalancerAsksWhetherTheNodeLivesAndWhetherItCanServeWithItsDatabase() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        // the file store is watched by the operator, outside readiness: with it down pages are still served
        mvc.perform(get("/actuator/health/storage"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void metricsAreForTheSystemAdministratorOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        NastavnikPrincipal director =
                fixtures.user(Role.DIRECTOR, fixtures.world().schoolA());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(director.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hikaricp_connections_active")))
                .andExpect(content().string(containsString("http_server_requests_seconds")));
    }

    @Test
    void everyAnswerCarriesItsRequestIdAndABalancersSafeIdIsKept() throws Exception {
        mvc.perform(get("/login")).andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
        mvc.perform(get("/login").header("X-Request-Id", "lb-7f3a9c21-0001"))
                .andExpect(header().string("X-Request-Id", "lb-7f3a9c21-0001"));
        // anything else is not written into the logs: a new id instead
        mvc.perform(get("/login").header("X-Request-Id", "x\" forged=1 <script>"))
                .andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
    }
}
