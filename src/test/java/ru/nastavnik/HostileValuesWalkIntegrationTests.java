package ru.nastavnik;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Every bad input gets a clear message in Russian and never a server error: every route of the handler mappings —
 * pages, forms and the API — is sent, one field at a time, the values of {@link HostileValues} in each of its request
 * parameters, form fields and JSON body fields (nested ones and a list's first element too), the other fields
 * plausible ({@link HostileRequests}), by the first of the walk's people the route does not refuse. No answer may be a
 * server error, and a refusal (4xx) must say why in Russian.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileValuesWalkIntegrationTests {

    private static final tools.jackson.databind.ObjectMapper JSON = new tools.jackson.databind.json.JsonMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonRouteWorld worlds;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PublicSites sites;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noHostileValueInAnyFieldOfAnyRouteGivesAServerErrorAndEveryRefusalIsInRussian() throws Exception {
        PersonRouteWorld.Walk walk = worlds.create(mvc);
        Map<String, String> values = PersonRouteWorld.withProgramme(mvc, walk);
        values.put(
                "EvidenceId", PersonRouteWorld.evidence(mvc, walk, values.get("OrderId"), values.get("ProgrammeId")));
        Fixtures.World world = walk.world();
        values.put("String:slug", sites.choose(walk.director(), world.schoolA(), "vrazhdebnaya-" + world.tag()));
        // the routes that take a value the other walks have no need of: a check of a staff file that is not there,
        // the current year's report, a programme result and an activity of the pair's programme
        values.put("String@/people/staff/import/", UUID.randomUUID().toString());
        values.put("Integer:year", String.valueOf(SchoolToday.date().getYear()));
        values.put("ProgrammeResultId", UUID.randomUUID().toString());
        values.put("String:part", "regulation");
        values.put(
                "path:activity",
                jdbc.queryForObject(
                                "select id from programme_activity where programme_id = ?::uuid order by position"
                                        + " limit 1",
                                UUID.class,
                                values.get("ProgrammeId"))
                        .toString());
        String person = walk.mentor().toString();
        HostileRequests requests = new HostileRequests(values, person);
        List<NastavnikPrincipal> everyone = List.of(
                walk.director(),
                walk.menteeAccount(),
                walk.mentorAccount(),
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality()),
                fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region()),
                fixtures.user(Role.SYSTEM_ADMIN, null));
        SoftAssertions softly = new SoftAssertions();
        Map<String, Integer> accepted = new TreeMap<>();
        int sent = 0;
        List<String> notBuilt = new ArrayList<>();
        // a route none of the six may use would have its fields never reached: a new role's route needs its asker
        List<String> refusedToAll = new ArrayList<>();
        for (PersonRoutes.Route route : routes()) {
            List<HostileRequests.Variant> variants;
            try {
                variants = requests.variants(route);
            } catch (PersonRouteRequests.CannotBuild e) {
                notBuilt.add(e.getMessage());
                continue;
            }
            // the first of the walk's people the route lets in asks it all; the rest refuse before reading a field
            NastavnikPrincipal caller = null;
            String version = null;
            for (HostileRequests.Variant variant : variants) {
                List<NastavnikPrincipal> askers = caller == null ? everyone : List.of(caller);
                for (NastavnikPrincipal asker : askers) {
                    if (version == null && route.pattern().startsWith("/api/") && !route.read()) {
                        version = PersonRouteRequests.currentVersion(mvc, variant.url(), asker);
                    }
                    MvcResult answer = send(route, variant, asker, version, softly);
                    sent++;
                    int status = answer == null ? 500 : answer.getResponse().getStatus();
                    if ((status == 401 || status == 403)
                            && caller == null
                            && asker != everyone.get(everyone.size() - 1)) {
                        version = null;
                        continue;
                    }
                    if (caller == null && (status == 401 || status == 403)) {
                        refusedToAll.add(route.key());
                    }
                    caller = asker;
                    if (answer == null) {
                        break;
                    }
                    check(route, variant, answer, softly);
                    if (taken(route, answer)) {
                        accepted.merge(variant.describe(), 1, Integer::sum);
                        // the change was taken: the next one is made on the record's new version
                        version = null;
                    }
                    break;
                }
            }
        }
        // what was taken: to read, not to assert (a list's filter is free text; a value may be legitimate)
        System.out.printf(
                "hostile values walk: %d requests, %d taken:%n%s%nrefused to all six: %s%nnot built: %s%n",
                sent, accepted.size(), String.join("\n", accepted.keySet()), refusedToAll, notBuilt);
        softly.assertThat(sent).as("requests sent").isGreaterThan(1_000);
        softly.assertThat(notBuilt).as("routes the walk could not build").isEmpty();
        softly.assertThat(refusedToAll)
                .as("routes none of the walk's six people may use")
                .isEmpty();
        softly.assertAll();
    }

    private MvcResult send(
            PersonRoutes.Route route,
            HostileRequests.Variant variant,
            NastavnikPrincipal caller,
            String version,
            SoftAssertions softly)
            throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (variant.files().isEmpty()) {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()), variant.url());
        } else {
            var upload = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(route.method()), variant.url());
            variant.files().forEach(upload::file);
            request = upload;
        }
        variant.parameters().forEach((name, list) -> request.param(name, list.toArray(String[]::new)));
        if (variant.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(variant.body()));
        }
        if (route.pattern().startsWith("/api/")) {
            if (!route.read()) {
                request.header(
                        "If-Match",
                        version == null ? PersonRouteRequests.currentVersion(mvc, variant.url(), caller) : version);
            }
        } else {
            request.with(csrf());
        }
        if (!route.pattern().startsWith("/o/")) {
            // the public section is read by anyone: asked without signing in
            request.with(user(caller));
        }
        try {
            return mvc.perform(request).andReturn();
        } catch (jakarta.servlet.ServletException failed) {
            softly.fail("%s: a server error: %s", variant.describe(), String.valueOf(failed.getRootCause()));
            return null;
        }
    }

    /**
     * Whether the change was taken: an API's 2xx; a page's change follows Post/Redirect/Get, so its redirect without a
     * flashed refusal (a page shown again — 200 — is its refusal or the conflict with someone's save, with what she
     * typed); a read's answer.
     */
    private static boolean taken(PersonRoutes.Route route, MvcResult answer) {
        int status = answer.getResponse().getStatus();
        if (route.read() || route.pattern().startsWith("/api/")) {
            return status < 300;
        }
        return status >= 300 && status < 400 && !answer.getFlashMap().containsKey("flashError");
    }

    private static void check(
            PersonRoutes.Route route, HostileRequests.Variant variant, MvcResult answer, SoftAssertions softly)
            throws Exception {
        int status = answer.getResponse().getStatus();
        String body = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
        softly.assertThat(status)
                .as("%s (%s): %s", variant.describe(), route.describe(), abbreviated(body))
                .isLessThan(500);
        // an empty refusal is a sendError: the server's Russian error page or JSON is rendered by its error dispatch,
        // which MockMvc does not make (RussianServerErrors, PageErrorsAsPages and their tests); a message it was sent
        // with is what that page shows
        String message = answer.getResponse().getErrorMessage();
        if (status >= 400 && status < 500 && body.isEmpty() && message != null) {
            softly.assertThat(message)
                    .as(
                            "%s (%s) answered %d: the refusal says why in Russian",
                            variant.describe(), route.describe(), status)
                    .containsPattern("[А-Яа-яЁё]{3}");
        }
        if (status >= 400 && status < 500 && !body.isEmpty()) {
            softly.assertThat(body)
                    .as(
                            "%s (%s) answered %d: the refusal says why in Russian",
                            variant.describe(), route.describe(), status)
                    .containsPattern("[А-Яа-яЁё]{3}");
        }
    }

    /**
     * Every route but signing in and out and the actuator, reads before changes and removals last, so that what a
     * hostile value is let change comes after the reads of the world it changes.
     */
    private List<PersonRoutes.Route> routes() {
        Set<String> handlers = new HashSet<>();
        return PersonRoutes.all(context).stream()
                // a handler mapped under several paths reads its input once: walked under the first
                .filter(route ->
                        handlers.add(route.method() + " " + route.handler().getMethod()))
                .filter(route -> !route.pattern().startsWith("/login")
                        && !route.pattern().startsWith("/logout")
                        && !route.pattern().startsWith("/actuator"))
                .sorted(Comparator.comparingInt(HostileValuesWalkIntegrationTests::order))
                .toList();
    }

    private static int order(PersonRoutes.Route route) {
        return switch (route.method()) {
            case "GET" -> 0;
            case "DELETE" -> 2;
            default -> 1;
        };
    }

    private static String abbreviated(String body) {
        return body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " ");
    }
}
