package ru.nastavnik.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The seeded region (bench/region/seed) under load. {@code -Dmode=mix}: September's mix at once — school curators on
 * their lists, banks, pairs, roadmap and indicators; mentors and mentees in their cabinets; municipal and regional
 * methodologists on the indicators and the shared mentor bank; an API client on the staff list; anonymous readers of
 * the public sections (a twentieth of the users) — beside anonymous {@code /actuator/health} and the ceiling.
 * {@code -Dmode=pages}: each main page alone, one after another, after anonymous {@code /actuator/health} (kept for
 * comparison with earlier runs) and the ceiling: the cheapest signed-in page (issue 19 item 4), {@code /survey/my} of a
 * signed-in curator, named {@value #CEILING} in the report so that the teachers' own {@code /survey/my} stays a row of
 * its own.
 * Every virtual user signs in once (request "sign in", left out of the figures) and then asks page after page with
 * a think time of {@code -Dpause} milliseconds (0 by default: throughput). Accounts as the seed names them.
 */
public class RegionSimulation extends Simulation {

    private static final String SECRET = System.getProperty("password", "bench-admin-password-1");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final int SECONDS = Integer.getInteger("seconds", 45);
    private static final int SCHOOLS = Integer.getInteger("schools", 1000);
    private static final int MUNICIPALITIES = Integer.getInteger("municipalities", 30);
    private static final long PAUSE = Long.getLong("pause", 0);
    /** Seconds over which the mix's people arrive when they think between pages. */
    private static final int RAMP = Integer.getInteger("ramp", 60);
    private static final String TOKEN = System.getProperty("apiToken", "");
    private static final String API_ORG = System.getProperty("apiOrganisation", "");
    /** The ceiling's name in the report (bench/region-load/report.py divides each page by its req/s). */
    private static final String CEILING = "ceiling /survey/my";

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("baseUrl", "http://localhost:18187"))
            .acceptHeader("text/html,application/json").disableCaching().shareConnections();

    /** Accounts at random but reproducibly: each virtual user takes the next from a seeded stream. */
    private static Iterator<Map<String, Object>> accounts(Supplier<String> next) {
        return Stream.generate(() -> Map.<String, Object>of("username", next.get())).iterator();
    }

    private static ChainBuilder signIn() {
        return exec(http("sign in: form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/login").formParam("username", "#{username}").formParam("password", SECRET)
                        .formParam("_csrf", "#{csrf}").check(status().is(200)));
    }

    private static ChainBuilder page(String path) {
        return thinking(exec(http(path).get(path).check(status().is(200))));
    }

    /** A person reads what she asked for before the next click: {@code pause} ms on average (½ to 1½ of it). */
    private static ChainBuilder thinking(ChainBuilder chain) {
        return PAUSE > 0 ? chain.pause(Duration.ofMillis(PAUSE / 2), Duration.ofMillis(PAUSE * 3 / 2)) : chain;
    }

    /**
     * With a think time the mix's people arrive over a minute, as on a September morning (each signs in with Argon2
     * first); without one they all start at once, a throughput test.
     */
    private static OpenInjectionStep arrive(int users) {
        return PAUSE > 0 ? rampUsers(users).during(Duration.ofSeconds(RAMP)) : atOnceUsers(users);
    }

    private static ChainBuilder pages(String... paths) {
        ChainBuilder chain = page(paths[0]);
        for (int i = 1; i < paths.length; i++) {
            chain = chain.exec(page(paths[i]));
        }
        return chain;
    }

    /** Signs in, then asks the pages for {@code seconds} and ends (so that the next phase of {@code pages} starts). */
    private static ScenarioBuilder signedIn(String name, Iterator<Map<String, Object>> feeder, ChainBuilder loop,
            int seconds) {
        return scenario(name).feed(feeder).exec(signIn()).during(Duration.ofSeconds(seconds)).on(loop);
    }

    private static final Random RANDOM = new Random(42);

    private static String curator() {
        return "cur-" + (1 + RANDOM.nextInt(SCHOOLS));
    }

    private static String teacher() {
        int school = 1 + RANDOM.nextInt(SCHOOLS);
        return (RANDOM.nextBoolean() ? "mentor-" : "mentee-") + school + "-" + (4 + RANDOM.nextInt(6));
    }

    private static String methodologist() {
        return RANDOM.nextInt(10) == 0 ? "region" : "mun-" + (1 + RANDOM.nextInt(MUNICIPALITIES));
    }

    private static final String[] CURATOR_PAGES = { "/people/staff", "/bank/mentors", "/bank/mentees",
            "/mentorship/pairs", "/mentorship/programmes", "/roadmap", "/monitoring/indicators", "/monitoring/pairs" };
    private static final String[] TEACHER_PAGES = { "/", "/mentorship/my", "/survey/my", "/events/calendar" };

    /**
     * Anonymous readers of the public sections (issue 19 item 4: «anonymous readers of public pages»): a school's
     * section, its RSS feed and a municipality's page — addresses seeded by bench/public/seed.sql.
     */
    private static ChainBuilder publicPages() {
        ChainBuilder chain = exec(http("/o/{school}/nastavnichestvo")
                        .get(session -> "/o/school-" + (1 + RANDOM.nextInt(SCHOOLS)) + "/nastavnichestvo")
                        .check(status().is(200)))
                .exec(http("/o/{school}/nastavnichestvo/rss.xml")
                        .get(session -> "/o/school-" + (1 + RANDOM.nextInt(SCHOOLS)) + "/nastavnichestvo/rss.xml")
                        .check(status().is(200)))
                .exec(http("/o/{municipality}/nastavnichestvo")
                        .get(session -> "/o/mun-" + (1 + RANDOM.nextInt(MUNICIPALITIES)) + "/nastavnichestvo")
                        .check(status().is(200)));
        return thinking(chain);
    }

    private ScenarioBuilder readers(int seconds) {
        return scenario("public readers").during(Duration.ofSeconds(seconds)).on(publicPages());
    }

    private ScenarioBuilder health(int seconds) {
        return scenario("health").during(Duration.ofSeconds(seconds)).on(page("/actuator/health"));
    }

    /** The cheapest signed-in page: what a page costs beyond the session, the security chain and the layout. */
    private ScenarioBuilder ceiling(int seconds) {
        ChainBuilder get = thinking(exec(http(CEILING).get("/survey/my").check(status().is(200))));
        return signedIn("ceiling", accounts(RegionSimulation::curator), get, seconds);
    }

    {
        if ("pages".equals(System.getProperty("mode", "mix"))) {
            // fewer users than the mix: each phase signs its users in first (Argon2, ~0.1 s of CPU each)
            int each = Integer.getInteger("secondsEach", 3);
            int users = Integer.getInteger("usersEach", 10);
            PopulationBuilder chain = health(each).injectOpen(atOnceUsers(users))
                    .andThen(ceiling(each).injectOpen(atOnceUsers(users)));
            for (String path : CURATOR_PAGES) {
                chain = chain.andThen(signedIn("alone " + path, accounts(RegionSimulation::curator), page(path), each)
                        .injectOpen(atOnceUsers(users)));
            }
            for (String path : TEACHER_PAGES) {
                chain = chain.andThen(signedIn("alone " + path, accounts(RegionSimulation::teacher), page(path), each)
                        .injectOpen(atOnceUsers(users)));
            }
            chain = chain.andThen(readers(each).injectOpen(atOnceUsers(users)));
            // every phase runs its seconds after its users sign in: the run ends when the last one has
            long phases = CURATOR_PAGES.length + TEACHER_PAGES.length + 3L;
            setUp(chain).protocols(protocol).maxDuration(Duration.ofSeconds(phases * (each + 15L)));
        } else {
            int curators = Math.max(1, USERS / 2);
            int teachers = Math.max(1, USERS * 3 / 10);
            int methodologists = Math.max(1, USERS * 3 / 20);
            List<PopulationBuilder> all = new ArrayList<>();
            all.add(signedIn("curators", accounts(RegionSimulation::curator), pages(CURATOR_PAGES), SECONDS)
                    .injectOpen(arrive(curators)));
            all.add(signedIn("teachers", accounts(RegionSimulation::teacher), pages(TEACHER_PAGES), SECONDS)
                    .injectOpen(arrive(teachers)));
            all.add(signedIn("methodologists", accounts(RegionSimulation::methodologist),
                    pages("/monitoring/indicators", "/bank/shared"), SECONDS)
                    .injectOpen(arrive(methodologists)));
            if (!TOKEN.isEmpty()) {
                String path = "/api/v1/organisations/" + API_ORG + "/staff";
                all.add(scenario("api").during(Duration.ofSeconds(SECONDS)).on(thinking(exec(http("API " + "/api/v1/organisations/{org}/staff").get(path)
                        .header("Authorization", "Bearer " + TOKEN).check(status().is(200)))))
                        .injectOpen(atOnceUsers(1)));
            }
            all.add(readers(SECONDS).injectOpen(arrive(Math.max(1, USERS / 20))));
            all.add(health(SECONDS).injectOpen(atOnceUsers(1)));
            all.add(ceiling(SECONDS).injectOpen(atOnceUsers(1)));
            setUp(all).protocols(protocol).maxDuration(Duration.ofSeconds(SECONDS + (PAUSE > 0 ? RAMP : 0) + 15L));
        }
    }
}
