package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Issue 20, items 2 and 8: every route of the application that takes a person's id — found in the handler mappings
 * by {@link PersonRoutes}, not listed by hand — is asked about another school's person (refused, and the caller's
 * audit log, which names the people its entries are about, learns nothing of her: the defect was a 404 that first
 * wrote a row naming a school-1 person into school 2's log) and, for a read, about the school's own person (the read
 * is audited, naming her). Every other id the route takes is the school's own, so the refusal is the person's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonIdRoutesWalkIntegrationTests {

    /** Routes the walk does not send, each with its reason; a route named here must exist. */
    static final Map<String, String> EXCLUDED = Map.of();

    /**
     * Routes that answer another school's person as they answer an id that exists nowhere without refusing: each
     * with its reason. The answer still shows nothing of her and her name reaches no log.
     */
    static final Map<String, String> IGNORING = Map.of(
            "DELETE /api/v1/me/mentor-wishes/{mentorId}",
            "a mentee withdraws her wish for a mentor: a wish she never made is already gone (204, nothing changed)",
            "POST /matching/my/wishes/delete",
            "the page form of the same withdrawal: back to her candidates, nothing changed",
            "GET /events/new",
            "the new-event form takes people pre-chosen in the mentor bank's filter and keeps only the school's own");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonRouteWorld worlds;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRouteTakingAPersonIdRefusesAnotherSchoolsPersonSilentlyAndAuditsItsOwn() throws Exception {
        PersonRouteWorld.Walk walk = worlds.create(mvc);
        PersonRouteRequests requests = new PersonRouteRequests(walk.values());
        String nowhere = UUID.randomUUID().toString();
        List<PersonRoutes.Route> routes = PersonRoutes.of(context);
        List<String> notCovered = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (PersonRoutes.Route route : routes) {
            if (EXCLUDED.containsKey(route.key())) {
                continue;
            }
            boolean ofAMentee = route.personParameters().stream()
                            .map(n -> n.substring(n.indexOf(':') + 1))
                            .noneMatch(n -> n.startsWith("mentor"))
                    && (route.pattern().contains("/mentees")
                            || route.pattern().contains("/waiting")
                            || route.personParameters().contains("suggestFor"));
            NastavnikPrincipal caller =
                    route.pattern().startsWith("/api/v1/me/") || route.pattern().startsWith("/matching/my")
                            ? walk.menteeAccount()
                            : walk.director();
            PersonId theirs = ofAMentee ? walk.theirMentee() : walk.theirMentor();
            PersonId ours = ofAMentee ? walk.mentee() : walk.mentor();
            MvcResult answer;
            MvcResult unknown;
            try {
                answer = send(requests.build(route, theirs.toString()), route, caller);
                unknown = send(requests.build(route, nowhere), route, caller);
            } catch (PersonRouteRequests.CannotBuild e) {
                notCovered.add(e.getMessage());
                continue;
            }
            walked.add(route.key() + " → " + answer.getResponse().getStatus() + refusalText(answer));
            softly.assertThat(refusal(answer) || IGNORING.containsKey(route.key()))
                    .as(
                            "%s refuses another school's person (answered %d)",
                            route.describe(), answer.getResponse().getStatus())
                    .isTrue();
            softly.assertThat(answer.getResponse().getStatus())
                    .as("%s answers another school's person as an id that exists nowhere", route.describe())
                    .isEqualTo(unknown.getResponse().getStatus());
            softly.assertThat(refusedFields(answer))
                    .as(
                            "%s: an input refusal names the person's field, not another the walk filled wrongly",
                            route.describe())
                    .allSatisfy(field -> assertThat(route.personParameters().stream()
                                    .map(PersonIdRoutesWalkIntegrationTests::lastSegment))
                            .contains(field));
            softly.assertThat(answer.getResponse().getContentAsString())
                    .as("%s: the answer about another school's person", route.describe())
                    .doesNotContain(PersonRouteWorld.STRANGER);
            softly.assertThat(entriesNaming(theirs, walk.world(), 0))
                    .as("%s: school A's log names another school's person", route.describe())
                    .isEmpty();
            if (route.read()) {
                long before = lastEntry();
                MvcResult read = send(requests.build(route, ours.toString()), route, caller);
                softly.assertThat(read.getResponse().getStatus())
                        .as("%s with the school's own person", route.describe())
                        .isEqualTo(200);
                softly.assertThat(entriesNaming(ours, walk.world(), before))
                        .as("%s: an audit record of the read naming her", route.describe())
                        .isNotEmpty();
            }
        }
        System.out.printf(
                "person-id walk: %d routes, %d walked, %d excluded%n%s%n",
                routes.size(), walked.size(), EXCLUDED.size(), String.join("\n", walked));
        softly.assertThat(notCovered)
                .as(
                        "routes taking a person's id that the walk cannot send (give it the value, or exclude with a reason)")
                .isEmpty();
        TreeSet<String> keys = new TreeSet<>();
        routes.forEach(route -> keys.add(route.key()));
        softly.assertThat(keys).as("excluded or ignoring routes that exist").containsAll(EXCLUDED.keySet());
        softly.assertThat(keys).containsAll(IGNORING.keySet());
        softly.assertThat(auditLog.of(walk.director(), walk.world().schoolA(), null, 0, 500)
                        .getContent())
                .as("school A's log page")
                .allSatisfy(entry -> {
                    assertThat(String.valueOf(entry.subjectName())).doesNotContain(PersonRouteWorld.STRANGER);
                    assertThat(entry.subjects())
                            .allSatisfy(s ->
                                    assertThat(String.valueOf(s.name())).doesNotContain(PersonRouteWorld.STRANGER));
                });
        softly.assertAll();
    }

    private MvcResult send(
            AbstractMockHttpServletRequestBuilder<?> request, PersonRoutes.Route route, NastavnikPrincipal caller)
            throws Exception {
        request.with(user(caller));
        if (!route.read() && !route.pattern().startsWith("/api/")) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn();
    }

    /**
     * Any client error (404 as a rule; a 422 of a document asked for someone who is not the pair's mentor is the
     * same for an id that exists nowhere, which the walk checks too); a page's form goes back with its error.
     */
    private static boolean refusal(MvcResult result) {
        int status = result.getResponse().getStatus();
        return (status >= 400 && status < 500)
                || (status == 302 && result.getFlashMap().containsKey("flashError"));
    }

    /** The fields an API's 422 names (none for any other answer). */
    private static List<String> refusedFields(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        if (result.getResponse().getStatus() != 422 || !body.startsWith("{")) {
            return List.of();
        }
        List<String> fields = com.jayway.jsonpath.JsonPath.read(body, "$.errors[*].field");
        return fields.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** {@code body:members[].person} → {@code person}; a parameter's own name as it is. */
    static String lastSegment(String name) {
        String bare = name.substring(name.indexOf(':') + 1).replace("[]", "");
        return bare.substring(bare.lastIndexOf('.') + 1);
    }

    /** What a refusal other than «not found» said, so that the walk's summary shows which check refused. */
    private static String refusalText(MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        if (status == 404 || status < 400) {
            return "";
        }
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return "  " + body.substring(0, Math.min(160, body.length())).replaceAll("\\s+", " ");
    }

    private long lastEntry() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
    }

    /** Entries of school A's log after {@code since} that name her (the single subject or one of a list). */
    private List<String> entriesNaming(PersonId person, Fixtures.World world, long since) {
        UUID id = person.value();
        return jdbc.queryForList(
                "select organisation_id || ' ' || action || ' ' || coalesce(details, '') from audit_entry "
                        + "where id > ? and (subject_id = ? or ? = any(subject_ids)) "
                        + "and organisation_id = ?",
                String.class,
                since,
                id,
                id,
                world.schoolA().value());
    }
}
