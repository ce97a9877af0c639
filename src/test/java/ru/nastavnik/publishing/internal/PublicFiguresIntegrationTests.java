package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.Fixtures;
import ru.nastavnik.QueryCounter;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.programme.ProgrammeCompleted;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.training.MentorCourseCompleted;

/**
 * The figures a school chooses to show on its public section, worked out by hand from the rows written: school A has
 * 2 pairs (2 mentors, 2 mentees) and one completed programme, school B 5 pairs and 2 completed programmes, both in the
 * same municipality. People counted 1–2 are shown «< 3»; an area sums the schools that chose the figure, then applies
 * the rule.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicFiguresIntegrationTests {

    static final String MENTORS_LABEL = "Наставников в наставнических парах и группах";
    static final String PAIRS_LABEL = "Наставнических пар";

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    FiguresWorld figures;

    @Autowired
    PublicFigureChoices choices;

    @Autowired
    PublicSites sites;

    @Autowired
    PublicationManagement publications;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublicLists lists;

    @Autowired
    FigureVersionListeners versionListeners;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    PublicFigures publicFigures;

    record Schools(PublishingWorld.World w, String slugB, String municipal) {}

    private Schools schools() {
        PublishingWorld.World w = worlds.create();
        UUID a1 = figures.pair(w.school(), "ACTIVE");
        figures.pair(w.school(), "ACTIVE");
        figures.completedProgramme(w.school(), a1);
        OrganisationId b = w.orgs().schoolB();
        for (int i = 0; i < 5; i++) {
            UUID pair = figures.pair(b, "ACTIVE");
            if (i < 2) {
                figures.completedProgramme(b, pair);
            }
        }
        String slugB = "school-b-" + w.orgs().tag();
        sites.choose(w.otherCurator(), b, slugB);
        String municipal = "mun-" + w.orgs().tag();
        sites.choose(worlds.methodologist(w), w.orgs().municipality(), municipal);
        return new Schools(w, slugB, municipal);
    }

    @Test
    void aSchoolWithTwoMentorsShowsLessThanThreeAndOneWithFiveShowsFiveInItsOrderWithThePeriod() throws Exception {
        Schools s = schools();
        PublishingWorld.World w = s.w();
        choices.choose(w.curator(), w.school(), List.of("PAIRS", "MENTORS", "PROGRAMMES_COMPLETED"));
        choices.choose(w.otherCurator(), w.orgs().schoolB(), List.of("MENTORS", "PROGRAMMES_COMPLETED"));

        String a = read("/o/" + w.slug() + "/nastavnichestvo");
        assertThat(figure(a, "MENTORS")).isEqualTo("&lt; 3");
        assertThat(figure(a, "PAIRS")).isEqualTo("&lt; 3");
        assertThat(figure(a, "PROGRAMMES_COMPLETED")).isEqualTo("&lt; 3");
        assertThat(a).contains("Наставничество в цифрах", MENTORS_LABEL, "Программ наставничества завершено");
        assertThat(a.indexOf(PAIRS_LABEL)).isLessThan(a.indexOf(MENTORS_LABEL));
        Dates dates = new Dates();
        assertThat(a)
                .contains("С " + dates.date(SchoolToday.date().withDayOfYear(1)) + " по "
                        + dates.date(SchoolToday.date()));

        String b = read("/o/" + s.slugB() + "/nastavnichestvo");
        assertThat(figure(b, "MENTORS")).isEqualTo("5");
        assertThat(figure(b, "PROGRAMMES_COMPLETED")).isEqualTo("&lt; 3");
        assertThat(b).doesNotContain("id=\"figure-PAIRS\"");

        // the accessible version shows the same
        String accessible = read("/o/" + w.slug() + "/nastavnichestvo/dlya-slabovidyashchih");
        assertThat(figure(accessible, "MENTORS")).isEqualTo("&lt; 3");
        assertThat(figure(accessible, "PAIRS")).isEqualTo("&lt; 3");

        // the municipality: mentors 2 + 5 = 7; programmes 1 + 2 = 3 (each «< 3» alone); pairs only school A's, 2
        String m = read("/o/" + s.municipal() + "/nastavnichestvo");
        assertThat(figure(m, "MENTORS")).isEqualTo("7");
        assertThat(figure(m, "PROGRAMMES_COMPLETED")).isEqualTo("3");
        assertThat(figure(m, "PAIRS")).isEqualTo("&lt; 3");
        // one school picked: that school's figures only
        String filtered = read(
                "/o/" + s.municipal() + "/nastavnichestvo?school=" + w.orgs().schoolB());
        assertThat(figure(filtered, "MENTORS")).isEqualTo("5");
        assertThat(filtered).doesNotContain("id=\"figure-PAIRS\"");

        // the public JSON API: the same values, in the school's order, readable from anywhere
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/api/figures"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(jsonPath("$.figures[0].key").value("PAIRS"))
                .andExpect(jsonPath("$.figures[0].value").value("< 3"))
                .andExpect(jsonPath("$.figures[1].label").value(MENTORS_LABEL))
                .andExpect(jsonPath("$.asOf").value(SchoolToday.date().toString()))
                .andExpect(jsonPath("$.from")
                        .value(SchoolToday.date().withDayOfYear(1).toString()));
        mvc.perform(get("/o/" + s.municipal() + "/nastavnichestvo/api/figures"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[0].key").value("MENTORS"))
                .andExpect(jsonPath("$.figures[0].value").value("7"))
                .andExpect(jsonPath("$.figures[0].schools").value(2))
                .andExpect(jsonPath("$.figures[1].key").value("PAIRS"))
                .andExpect(jsonPath("$.figures[1].schools").value(1));
    }

    @Test
    void nothingIsShownUntilAFigureIsChosenNorAfterTheChoiceIsEmptied() throws Exception {
        Schools s = schools();
        PublishingWorld.World w = s.w();
        String section = "/o/" + w.slug() + "/nastavnichestvo";
        assertThat(read(section)).doesNotContain("public-figures", "Наставничество в цифрах");
        assertThat(read("/o/" + s.municipal() + "/nastavnichestvo")).doesNotContain("public-figures");
        mvc.perform(get(section + "/api/figures"))
                .andExpect(jsonPath("$.figures").isEmpty());

        choices.choose(w.curator(), w.school(), List.of("MENTORS"));
        assertThat(figure(read(section), "MENTORS")).isEqualTo("&lt; 3");

        choices.choose(w.curator(), w.school(), List.of());
        assertThat(read(section)).doesNotContain("public-figures");
        assertThat(read(section + "/dlya-slabovidyashchih")).doesNotContain("public-figures");
    }

    @Test
    void theChoiceIsSavedInOrderAuditedAndRenewsTheCachedPageAsDoesAChangeOfTheFigure() throws Exception {
        Schools s = schools();
        PublishingWorld.World w = s.w();
        String section = "/o/" + w.slug() + "/nastavnichestvo";
        worlds.heldEvent(w, "Семинар наставников");
        assertThat(read(section)).doesNotContain("public-figures");

        // through the settings page, as the curator does it: places 1 and 3 filled, 2 left empty
        mvc.perform(post("/publishing/site/figures")
                        .param("organisation", w.school().toString())
                        .param("figures", "EVENTS_HELD", "", "mentors")
                        .with(csrf())
                        .with(user(w.curator())))
                .andExpect(status().is3xxRedirection());
        assertThat(choices.of(w.curator(), w.school()).figures())
                .containsExactly(PublicFigure.EVENTS_HELD, PublicFigure.MENTORS);
        assertThat(jdbc.queryForObject(
                        "select details from audit_entry where organisation_id = ? and subject_type = 'PublicFigures'"
                                + " order by id desc limit 1",
                        String.class,
                        w.school().value()))
                .isEqualTo("показатели публичного раздела: EVENTS_HELD, MENTORS");
        String page = mvc.perform(get("/publishing/site/figures")
                        .param("organisation", w.school().toString())
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Место 1", "Место 8").containsPattern("value=\"EVENTS_HELD\"[^>]*selected");

        // the cached page was renewed by the choice; events are no people: 1 is shown as 1
        String shown = read(section);
        assertThat(figure(shown, "EVENTS_HELD")).isEqualTo("1");
        assertThat(shown.indexOf("Мероприятий проведено")).isLessThan(shown.indexOf(MENTORS_LABEL));
        assertThat(read(section)).isEqualTo(shown);

        // the figure itself changes: another event held renews the section and the municipality's page
        assertThat(figure(read("/o/" + s.municipal() + "/nastavnichestvo"), "EVENTS_HELD"))
                .isEqualTo("1");
        worlds.heldEvent(w, "Круглый стол");
        assertThat(figure(read(section), "EVENTS_HELD")).isEqualTo("2");
        assertThat(figure(read(section + "/dlya-slabovidyashchih"), "EVENTS_HELD"))
                .isEqualTo("2");
        assertThat(figure(read("/o/" + s.municipal() + "/nastavnichestvo"), "EVENTS_HELD"))
                .isEqualTo("2");
        mvc.perform(get(section + "/api/figures"))
                .andExpect(jsonPath("$.figures[0].value").value("2"));
    }

    @Test
    void aProgrammeCompletedOrAMentorCourseCompletedRenewsTheCachedPage() throws Exception {
        Schools s = schools();
        PublishingWorld.World w = s.w();
        choices.choose(w.curator(), w.school(), List.of("PROGRAMMES_COMPLETED"));
        String section = "/o/" + w.slug() + "/nastavnichestvo";
        assertThat(figure(read(section), "PROGRAMMES_COMPLETED")).isEqualTo("&lt; 3");

        // rows written behind the application's back change no version: the cached page stays
        UUID pair = figures.pair(w.school(), "ACTIVE");
        figures.completedProgramme(w.school(), pair);
        figures.completedProgramme(w.school(), figures.pair(w.school(), "ACTIVE"));
        assertThat(figure(read(section), "PROGRAMMES_COMPLETED")).isEqualTo("&lt; 3");

        // announced as a programme completed (as Programmes.complete does): renewed, 1 + 2 = 3
        transactions.executeWithoutResult(t -> versionListeners.on(
                new ProgrammeCompleted(w.school(), UUID.randomUUID(), new ru.nastavnik.mentorship.MentorshipId(pair))));
        assertThat(figure(read(section), "PROGRAMMES_COMPLETED")).isEqualTo("3");

        // a mentor's course completed bumps the school's version the same way
        long before = version(w.school());
        transactions.executeWithoutResult(t -> versionListeners.on(new MentorCourseCompleted(
                w.school(),
                new ru.nastavnik.people.PersonId(UUID.randomUUID()),
                new ru.nastavnik.training.MentorCourseId(UUID.randomUUID()),
                SchoolToday.date())));
        assertThat(version(w.school())).isEqualTo(before + 1);
    }

    @Test
    void aBadChoiceIsRefusedWithItsRussianReasonOnThePageAndInTheApiAndNothingChanges() throws Exception {
        Schools s = schools();
        PublishingWorld.World w = s.w();
        choices.choose(w.curator(), w.school(), List.of("PAIRS"));
        long audited = audited(w.school());

        MvcResult refused = mvc.perform(post("/publishing/site/figures")
                        .param("organisation", w.school().toString())
                        .param("figures", "MENTORS", "PAIRS", "MENTORS")
                        .with(csrf())
                        .with(user(w.curator())))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Flash flash = (Flash) refused.getFlashMap().get("flashError");
        assertThat(messages.getMessage(flash.key(), flash.args(), java.util.Locale.forLanguageTag("ru")))
                .isEqualTo("Поле «figures», место 3: показатель «MENTORS» уже выбран выше. Каждый показатель можно"
                        + " выбрать один раз.");

        String api = "/api/v1/organisations/" + w.school() + "/public-figures";
        mvc.perform(put(api).with(user(w.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"figures\":[\"MENTORS\",\"ALL_TEACHERS\"]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("figures"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Поле «figures», место 2: показателя «ALL_TEACHERS» нет. Выберите показатель из списка."));
        mvc.perform(put(api).with(user(w.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"figures\":[\"PAIRS\",\"pairs\"]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Поле «figures», место 2: показатель «pairs» уже выбран выше. Каждый показатель можно"
                                + " выбрать один раз."));

        assertThat(choices.of(w.curator(), w.school()).figures()).containsExactly(PublicFigure.PAIRS);
        assertThat(audited(w.school())).isEqualTo(audited);

        // a good choice through the API: saved in its order, the catalogue beside it
        mvc.perform(put(api).with(user(w.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"figures\":[\"MENTEES\",\"PAIRS\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[0].key").value("MENTEES"))
                .andExpect(jsonPath("$.figures[0].label").value("Наставляемых"))
                .andExpect(jsonPath("$.figures[1].key").value("PAIRS"))
                .andExpect(jsonPath("$.available.length()").value(PublicFigure.values().length));
        mvc.perform(get(api).with(user(fixtures.user(Role.DIRECTOR, w.school()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[0].key").value("MENTEES"));
        assertThat(audited(w.school())).isEqualTo(audited + 1);
    }

    @Test
    void anAnonymousReaderSeesTheFiguresWithNoSessionAndNoDraftOrPlannedPairLeaks() throws Exception {
        Schools s = schools();
        PublishingWorld.World w = s.w();
        choices.choose(w.curator(), w.school(), List.of("MENTORS", "MENTEES", "PAIRS"));
        // planned pairs (drafts of pairs) count nowhere; a draft news item is shown nowhere
        figures.pair(w.school(), "PLANNED");
        figures.pair(w.school(), "PLANNED");
        publications.create(
                w.curator(), w.school(), new PublicationDraft("Черновик о цифрах", "<p>Ещё нет</p>", List.of()));

        String section = "/o/" + w.slug() + "/nastavnichestvo";
        MvcResult read = mvc.perform(get(section))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(read.getRequest().getSession(false)).isNull();
        String body = read.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(figure(body, "MENTORS")).isEqualTo("&lt; 3");
        assertThat(figure(body, "MENTEES")).isEqualTo("&lt; 3");
        assertThat(figure(body, "PAIRS")).isEqualTo("&lt; 3");
        assertThat(body).doesNotContain("Черновик о цифрах");
        MvcResult api = mvc.perform(get(section + "/api/figures"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(api.getRequest().getSession(false)).isNull();
    }

    @Test
    void anAreasFiguresCostTheSameFewQueriesForOneChoosingSchoolAsForTwo() {
        Schools s = schools();
        PublishingWorld.World w = s.w();
        List<String> all = java.util.Arrays.stream(PublicFigure.values())
                .map(PublicFigure::key)
                .toList();
        choices.choose(w.curator(), w.school(), all);
        PublicSection area = lists.scope(s.municipal(), null);
        QueryCounter.reset();
        PublicFigures.Shown one = publicFigures.of(area);
        int forOne = QueryCounter.count();

        choices.choose(w.otherCurator(), w.orgs().schoolB(), all);
        QueryCounter.reset();
        PublicFigures.Shown two = publicFigures.of(area);
        int forTwo = QueryCounter.count();

        assertThat(forTwo).isEqualTo(forOne);
        // one aggregate query per source read through the modules' figures (pairs' people, pairs, programmes,
        // events, practices); the choice and the training count are plain JDBC, not counted here
        assertThat(forOne).isLessThanOrEqualTo(5);
        assertThat(one.lines()).extracting(PublicFigures.Line::shown).startsWith("< 3", "< 3", "< 3", "0");
        assertThat(two.lines())
                .extracting(PublicFigures.Line::key, PublicFigures.Line::value, PublicFigures.Line::schools)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("MENTORS", 7L, 2),
                        org.assertj.core.groups.Tuple.tuple("MENTEES", 7L, 2),
                        org.assertj.core.groups.Tuple.tuple("PAIRS", 7L, 2),
                        org.assertj.core.groups.Tuple.tuple("GROUPS", 0L, 2),
                        org.assertj.core.groups.Tuple.tuple("PROGRAMMES_COMPLETED", 3L, 2));
    }

    private long version(OrganisationId school) {
        return jdbc.queryForObject(
                "select version from publishing_version where organisation_id = ?", Long.class, school.value());
    }

    private long audited(OrganisationId school) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where organisation_id = ? and subject_type = 'PublicFigures'",
                Long.class,
                school.value());
    }

    private String read(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The value shown for {@code key}, as written in the page's HTML («< 3» escaped). */
    static String figure(String html, String key) {
        Matcher m = Pattern.compile("id=\"figure-" + key + "\">\\s*<strong>([^<]*)</strong>")
                .matcher(html);
        assertThat(m.find()).as("figure " + key + " shown").isTrue();
        return m.group(1);
    }
}
