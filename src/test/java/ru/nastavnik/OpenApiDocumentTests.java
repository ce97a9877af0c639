package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document, as a script's author and Redocly's recommended rules read it: every operation says what it
 * does, who may call it and how it refuses; no two paths could be the same URL. The document is written to
 * {@code target/openapi.json}, which CI lints with {@code redocly lint}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTests {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-test-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SessionRegistry sessions;

    Map<String, Object> document;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void load() throws Exception {
        String text = mvc.perform(get("/v3/api-docs").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Files.writeString(Path.of("target", "openapi.json"), text);
        document = json.readValue(text, Map.class);
    }

    /**
     * Types declared inside others share simple names («Item», «Settings»): each has a schema of its own, so an event's
     * agenda is described as an event's agenda and not as a programme's activities (a new school's review, session 33).
     */
    @Test
    void typesOfTheSameSimpleNameHaveSchemasOfTheirOwn() {
        Map<String, Object> schemas = map(map(document, "components"), "schemas");
        assertThat(map(map(schemas, "EventRequestItem"), "properties")).containsKeys("time", "topic", "speakerId");
        assertThat(map(map(schemas, "ProgrammeDraftItem"), "properties")).containsKeys("need", "title", "dueOn");
        assertThat(map(map(schemas, "ProgrammeImpactItem"), "properties")).containsKeys("startScore", "growth");
        assertThat(schemas).doesNotContainKey("Item");
    }

    @Test
    void theDocumentNamesTheProductItsReleaseAndTheWaysToSignIn() {
        assertThat(map(document, "info"))
                .containsEntry("title", "Наставник — API")
                .extracting(info -> (String) info.get("version"))
                .asString()
                .matches("\\d+\\.\\d+\\.\\d+.*");
        Map<String, Object> schemes = map(map(document, "components"), "securitySchemes");
        assertThat(map(schemes, "basic")).containsEntry("type", "http").containsEntry("scheme", "basic");
        assertThat(map(schemes, "bearer")).containsEntry("type", "http").containsEntry("scheme", "bearer");
    }

    @Test
    void everyOperationSaysWhatItDoesWhoMayCallItAndHowItRefuses() {
        List<String> problems = new ArrayList<>();
        operations().forEach(op -> {
            if (!(op.body().get("summary") instanceof String summary) || summary.isBlank()) {
                problems.add(op + ": no summary");
            }
            boolean open = op.path().startsWith("/api/v1/public/");
            Object expected = open ? List.of() : List.of(Map.of("basic", List.of()), Map.of("bearer", List.of()));
            if (!expected.equals(op.body().get("security"))) {
                problems.add(op + ": security " + op.body().get("security"));
            }
            Map<String, Object> responses = map(op.body(), "responses");
            List<String> refusals = new ArrayList<>(open ? List.of("400") : List.of("400", "401", "403"));
            if (op.path().contains("{")) {
                refusals.add("404");
            }
            if (!op.method().equals("get")) {
                refusals.addAll(List.of("409", "422"));
            }
            refusals.stream()
                    .filter(code -> !responses.containsKey(code))
                    .forEach(code -> problems.add(op + ": no " + code));
        });
        assertThat(problems).isEmpty();
    }

    /** A script filling in supplementary agreements on mentoring finds the employment contract on the staff record. */
    @Test
    void theStaffRecordSentAndReturnedCarriesTheEmploymentContract() {
        Map<String, Object> schemas = map(map(document, "components"), "schemas");
        for (String schema : List.of("StaffData", "StaffResponse")) {
            assertThat(map(map(schemas, schema), "properties"))
                    .as(schema)
                    .containsKeys("employmentContractNumber", "employmentContractDate");
        }
    }

    /** What the document says of each operation is what the server does to a caller who has not signed in. */
    @Test
    void anOperationNeedsASignInExactlyWhenTheDocumentSaysSo() throws Exception {
        List<String> untrue = new ArrayList<>();
        for (Op op : operations()) {
            String url = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            int status = mvc.perform(request(HttpMethod.valueOf(op.method().toUpperCase()), url))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            boolean signInAsked = !((List<?>) op.body().get("security")).isEmpty();
            if (signInAsked != (status == 401)) {
                untrue.add(op + " answered " + status + " to nobody");
            }
        }
        assertThat(untrue).isEmpty();
    }

    @Test
    void aRefusalIsTheApisErrorShape() throws Exception {
        String refusal = mvc.perform(get("/api/v1/organisations"))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> components = map(document, "components");
        Map<String, Object> error = map(map(components, "schemas"), "ApiErrorBody");
        assertThat(map(error, "properties").keySet())
                .isEqualTo(map(json.readValue(refusal, Map.class)).keySet());
        assertThat(map(map(components, "responses"), "NotFound").toString())
                .contains("application/json", "#/components/schemas/ApiErrorBody");
        assertThat(map(map(components, "responses"), "TooManyRequests").toString())
                .contains("Retry-After");
        Map<String, Object> update =
                map(map(map(document, "paths"), "/api/v1/organisations/{orgId}/staff/{id}"), "put");
        assertThat(map(update, "responses")).containsKeys("412", "428");
    }

    @Test
    void operationIdsAreUniqueAndNamedAfterTheirHandler() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        operations().forEach(op -> {
            Object id = op.body().get("operationId");
            if (!(id instanceof String name) || !name.matches("[a-z][A-Za-z0-9]*") || !seen.add(name)) {
                problems.add(op + ": operationId " + id);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(seen).contains("staffList", "bankSettingsGet", "bankSettingsPut", "bankExportBankMentees");
    }

    /** Redocly's no-ambiguous-paths, as OpenAPI defines it: {@code /{entity}/me} and {@code /books/{id}}. */
    @Test
    void noTwoPathsCouldBeTheSameUrl() {
        List<String> paths = List.copyOf(map(document, "paths").keySet());
        List<String> ambiguous = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                if (ambiguous(paths.get(i), paths.get(j))) {
                    ambiguous.add(paths.get(i) + " ~ " + paths.get(j));
                }
            }
        }
        assertThat(ambiguous).isEmpty();
        assertThat(paths)
                .contains(
                        "/api/v1/organisations/{orgId}/mentees/export",
                        "/api/v1/organisations/{orgId}/mentorships/{id}/pause")
                .doesNotContain("/api/v1/organisations/{orgId}/{kind}/export");
    }

    static boolean ambiguous(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        if (x.length != y.length || variables(x) != variables(y)) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!isVariable(x[i]) && !isVariable(y[i]) && !x[i].equals(y[i])) {
                return false;
            }
        }
        return true;
    }

    private static long variables(String[] segments) {
        return java.util.Arrays.stream(segments)
                .filter(OpenApiDocumentTests::isVariable)
                .count();
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    @Test
    void theDocumentAndSwaggerUiAreForSignedInPeopleAndTokensOnly() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").isNotEmpty());
        mvc.perform(get("/swagger-ui.html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/login"));

        String issued = mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"описание API\",\"validDays\":1}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + JsonPath.read(issued, "$.secret")))
                .andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer nst_forged"))
                .andExpect(status().isUnauthorized());

        SessionCookie session = new SessionCookie();
        mvc.perform(formLogin("/login").user(ADMIN).password(ADMIN_PASSWORD)).andDo(session);
        mvc.perform(get("/swagger-ui/index.html").with(session)).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").with(session)).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs/swagger-config").with(session)).andExpect(status().isOk());
        sessions.getSessionInformation(session.sessionId()).expireNow();
        mvc.perform(get("/v3/api-docs").with(session)).andExpect(status().isUnauthorized());
    }

    private List<Op> operations() {
        List<Op> all = new ArrayList<>();
        map(document, "paths")
                .forEach((path, item) -> map(item).forEach((method, body) -> {
                    if (!method.equals("parameters")) {
                        all.add(new Op(method, path, map(body)));
                    }
                }));
        return all;
    }

    record Op(String method, String path, Map<String, Object> body) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return map(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
