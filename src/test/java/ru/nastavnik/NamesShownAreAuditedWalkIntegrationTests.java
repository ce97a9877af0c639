package ru.nastavnik;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Every read of personal data is audited (152-ФЗ), including the pages, API calls and downloads that take no person's
 * id and that nobody listed: every GET route of the handler mappings is asked, with the walk's school and its records,
 * by its director, by the mentee's and the mentor's own accounts, and by the municipality's and the region's
 * methodologists (about the school and about their own territory); an answer that shows one of the walk's people by
 * name — a page, JSON, CSV, a calendar, or a download read as its reader would (PDF, DOCX, XLSX, a ZIP of them:
 * {@link AnswerText}) — must have left a read record (a look, an export, a document made or a file downloaded) by
 * that caller. The system's administrator asks every route but the cabinets and the lists of all organisations: her
 * accounts' pages name the people the accounts are of.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NamesShownAreAuditedWalkIntegrationTests {

    /**
     * Surnames of the walk's people ({@link PersonRouteWorld}, {@link PersonRouteChains}) as a page or a document
     * may write them: the nominative, the genitive or dative and the accusative (an order assigns «Новикову», a
     * certificate is for «Наставниковой»), and in capitals.
     */
    private static final Map<String, List<String>> NAMES = Map.of(
            "Наставникова",
            List.of("Наставникова", "Наставниковой", "Наставникову"),
            "Новикова",
            List.of("Новикова", "Новиковой", "Новикову"),
            "Ожидающая",
            List.of("Ожидающая", "Ожидающей", "Ожидающую"),
            "Подходящая",
            List.of("Подходящая", "Подходящей", "Подходящую"),
            PersonRouteWorld.STRANGER,
            List.of("Чужакова", "Чужаковой", "Чужакову"));

    /** Routes that show a name and write no read record, each with its reason. */
    static final Map<String, String> UNAUDITED = Map.of(
            "GET /audit/entries",
            "the audit log itself names the people its entries are about; a look at it is not added to it (each look"
                    + " would change what is looked at), and only the director and the organisation's auditors open it",
            "GET /api/v1/organisations/{orgId}/audit",
            "the same log through the API",
            "GET /consent/forms/{job}",
            "a batch's progress, shown only to the one who started it, names the file (for one person, by her name): the"
                    + " batch's making and each download of its file are recorded, naming everyone in it; the page asks"
                    + " every second",
            "GET /api/v1/organisations/{orgId}/consents/forms/{job}/status",
            "the same progress through the API");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonRouteWorld worlds;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void everyAnswerThatShowsAPersonsNameRecordsTheRead() throws Exception {
        PersonRouteWorld.Walk walk = worlds.create(mvc);
        Map<String, String> values = PersonRouteWorld.withProgramme(mvc, walk);
        values.put(
                "EvidenceId", PersonRouteWorld.evidence(mvc, walk, values.get("OrderId"), values.get("ProgrammeId")));
        String person = walk.mentor().toString();
        Fixtures.World world = walk.world();
        NastavnikPrincipal municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region());
        NastavnikPrincipal administrator = fixtures.user(Role.SYSTEM_ADMIN, null);
        // the director's browser session, in which a staff file was checked with a row left out: the list is asked
        // (built, and answered in that session), but its row names no one of the walk — the rows left out are the
        // uploader's own file given back to her, not a stored person
        SessionCookie importing = new SessionCookie();
        values.put("String@/left-out", PersonRouteFiles.leftOut(mvc, walk.director(), importing, world.schoolA()));
        Predicate<String> cabinet = pattern -> pattern.startsWith("/api/v1/me/") || pattern.contains("/my");
        List<Asker> askers = List.of(
                new Asker("director", walk.director(), values, cabinet.negate(), importing),
                // a teacher's own account asks everything: her cabinet, and her pair's and programme's pages
                new Asker("mentee", walk.menteeAccount(), values, pattern -> true, null),
                new Asker("mentor", walk.mentorAccount(), values, pattern -> true, null),
                // a methodologist asks about a school of her territory and about the territory itself
                new Asker("municipal methodologist", municipal, values, cabinet.negate(), null),
                new Asker(
                        "municipal methodologist, her territory",
                        municipal,
                        with(values, world.municipality()),
                        cabinet.negate(),
                        null),
                new Asker("regional methodologist", regional, with(values, world.region()), cabinet.negate(), null),
                // the accounts' pages name the people the accounts are of; the lists of every organisation of the
                // system are left out: their requisites name the heads and curators of all the suite's schools as
                // typed there (not staff records), which the walk's surnames can match by chance
                new Asker(
                        "administrator",
                        administrator,
                        values,
                        cabinet.negate()
                                .and(pattern -> !pattern.equals("/api/v1/organisations")
                                        && !pattern.equals("/organisation/organisations")),
                        null));
        SoftAssertions softly = new SoftAssertions();
        List<String> showing = new ArrayList<>();
        java.util.Set<String> notBuilt = new java.util.LinkedHashSet<>();
        for (Asker asker : askers) {
            PersonRouteRequests requests = new PersonRouteRequests(asker.values());
            for (PersonRoutes.Route route : reads()) {
                if (!asker.routes().test(route.pattern())) {
                    continue;
                }
                MvcResult answer;
                long before = lastEntry();
                try {
                    var request = requests.build(route, person).with(user(asker.caller()));
                    if (asker.session() != null) {
                        request.with(asker.session());
                    }
                    answer = mvc.perform(request).andReturn();
                } catch (PersonRouteRequests.CannotBuild e) {
                    notBuilt.add(e.getMessage());
                    continue;
                }
                if (answer.getResponse().getStatus() != 200) {
                    continue;
                }
                String text;
                try {
                    text = AnswerText.of(answer.getResponse().getContentAsByteArray());
                } catch (RuntimeException e) {
                    throw new AssertionError(route.describe() + ": the answer does not read", e);
                }
                List<String> names = NAMES.entrySet().stream()
                        .filter(name -> name.getValue().stream()
                                .anyMatch(form ->
                                        text.contains(form) || text.contains(form.toUpperCase(java.util.Locale.ROOT))))
                        .map(Map.Entry::getKey)
                        .sorted()
                        .toList();
                if (names.isEmpty()) {
                    continue;
                }
                showing.add(asker.name() + ": " + route.key() + " " + names);
                if (!UNAUDITED.containsKey(route.key())) {
                    softly.assertThat(readsNaming(asker.caller(), before, people(walk, names)))
                            .as(
                                    "%s, asked by the %s, shows %s: a read record naming them",
                                    route.describe(), asker.name(), names)
                            .isPositive();
                }
            }
        }
        System.out.printf(
                "names-shown walk: %d answers show a name%n%s%nnot built: %s%n",
                showing.size(), String.join("\n", showing), notBuilt);
        softly.assertThat(showing).as("answers that show a name").hasSizeGreaterThan(50);
        // every GET route is built: a new route the world has no value for must not pass unasked
        softly.assertThat(notBuilt).as("GET routes the walk could not build").isEmpty();
        softly.assertAll();
    }

    /** Who asks, with which of the walk's values, which routes, in which browser session (none: a new one each). */
    private record Asker(
            String name,
            NastavnikPrincipal caller,
            Map<String, String> values,
            Predicate<String> routes,
            SessionCookie session) {}

    /** The walk's values with another organisation in the path: a territory's own pages. */
    private static Map<String, String> with(Map<String, String> values, OrganisationId organisation) {
        Map<String, String> territory = new HashMap<>(values);
        territory.put("OrganisationId", organisation.toString());
        return territory;
    }

    /** Every GET route a signed-in person may ask, in a stable order (public pages, sign-in, actuator left out). */
    private List<PersonRoutes.Route> reads() {
        return PersonRoutes.all(context).stream()
                .filter(route -> route.read()
                        && Stream.of("/o/", "/login", "/error", "/v3/", "/swagger")
                                .noneMatch(route.pattern()::startsWith))
                .toList();
    }

    private long lastEntry() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
    }

    /** The ids of the walk's people with these surnames, in its two schools. */
    private String people(PersonRouteWorld.Walk walk, List<String> surnames) {
        return jdbc
                .queryForList(
                        "select id::text from person where organisation_id in (?, ?) and last_name = any(?::text[])",
                        String.class,
                        walk.world().schoolA().value(),
                        walk.world().schoolB().value(),
                        "{" + String.join(",", surnames) + "}")
                .stream()
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    /**
     * The records the caller's request left (after entry {@code after}, in whichever organisation's log) that name one
     * of {@code people}: a look, an export, a document made or a file downloaded.
     */
    private long readsNaming(NastavnikPrincipal caller, long after, String people) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where actor_id = ? and id > ?"
                        + " and action in ('READ', 'EXPORT', 'GENERATE', 'DOWNLOAD')"
                        + " and (subject_id = any(?::uuid[]) or subject_ids && ?::uuid[])",
                Long.class,
                caller.id().value(),
                after,
                people,
                people);
    }
}
