package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.events.EventId;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A municipality's or region's own news, as its methodologist keeps it (the demo's walk found all of it out of
 * reach): «Новости» in her menu, the list, the form, editing and publishing without naming the organisation in the
 * address; the area's published news and held events on its public page, in its public API and feeds, each item's page
 * open; the coverage report's own row; a school's news still out of her reach, and hers out of the school's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AreaNewsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    PublicationManagement publications;

    @Autowired
    PublicSites sites;

    @Autowired
    CoverageReport coverage;

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void aMunicipalMethodologistReachesNewsFromHerMenuAndWritesEditsAndPublishesHerAreasOwn() throws Exception {
        PublishingWorld.World w = worlds.create();
        NastavnikPrincipal methodologist = worlds.methodologist(w);
        String area = areaSection(w, methodologist);

        mvc.perform(get("/publishing/publications").with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/publishing/publications\"")))
                .andExpect(content().string(containsString("Новостей пока нет.")))
                .andExpect(content().string(containsString("/o/" + area + "/nastavnichestvo")));
        mvc.perform(get("/publishing/publications/new").with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"save-publication\"")))
                // an area keeps no staff registry: its news names nobody, so there is no one to choose
                .andExpect(content().string(not(containsString("id=\"people\""))));

        String created = mvc.perform(post("/publishing/publications")
                        .param("title", "Семинар района " + w.orgs().tag())
                        .param("body", "<p>Методисты провели семинар.</p>")
                        .with(user(methodologist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        PublicationId id =
                new PublicationId(java.util.UUID.fromString(created.substring(created.lastIndexOf('/') + 1)));
        PublicationView draft = publications.get(methodologist, w.orgs().municipality(), id);
        assertThat(draft.organisationId()).isEqualTo(w.orgs().municipality());

        mvc.perform(get("/publishing/publications/" + id + "/edit").with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Семинар района")));
        String title = "Семинар методистов района " + w.orgs().tag();
        mvc.perform(post("/publishing/publications/" + id + "/edit")
                        .param("title", title)
                        .param("body", "<p>Методисты провели семинар для кураторов.</p>")
                        .param("version", String.valueOf(draft.version()))
                        .with(user(methodologist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/publishing/publications/" + id + "/publish")
                        .with(user(methodologist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(publications.get(methodologist, w.orgs().municipality(), id).status())
                .isEqualTo(PublicationStatus.PUBLISHED);
        mvc.perform(get("/publishing/publications").with(user(methodologist)))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/publishing/publications/" + id).with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + area + "/nastavnichestvo/news/" + id)));

        // every page her list and her item link to opens for her
        String organisation = "?organisation=" + w.orgs().municipality();
        for (String linked : List.of(
                "/publishing/site" + organisation,
                "/publishing/documents" + organisation,
                "/publishing/channels" + organisation,
                "/publishing/channels/to-delete" + organisation,
                "/publishing/report" + organisation,
                "/publishing/channels/publications/" + id)) {
            mvc.perform(get(linked).with(user(methodologist))).andExpect(status().isOk());
        }
    }

    @Test
    void theAreasOwnPublishedNewsAndHeldEventsAreOnItsPublicPageApiAndFeeds() throws Exception {
        PublishingWorld.World w = worlds.create();
        NastavnikPrincipal methodologist = worlds.methodologist(w);
        String area = areaSection(w, methodologist);
        String own = "Новость района " + w.orgs().tag();
        PublicationId item = published(methodologist, w.orgs().municipality(), own);
        publications.create(
                methodologist,
                w.orgs().municipality(),
                new PublicationDraft("Черновик района " + w.orgs().tag(), "<p>В</p>", List.of()));
        String school = "Новость школы " + w.orgs().tag();
        published(w.curator(), w.school(), school);
        String seminar = "Семинар района " + w.orgs().tag();
        EventId event = worlds.heldEvent(methodologist, w.orgs().municipality(), w.school(), seminar);
        String page = "/o/" + area + "/nastavnichestvo";
        // her list offers the area's held event to draft from, and the draft is the area's
        mvc.perform(get("/publishing/publications").with(user(methodologist)))
                .andExpect(content().string(containsString("id=\"draft-from-event\"")));
        String drafted = mvc.perform(post("/publishing/publications/from-event")
                        .param("event", event.toString())
                        .with(user(methodologist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(drafted).startsWith("/publishing/publications/");
        assertThat(publications.list(methodologist, w.orgs().municipality()))
                .anyMatch(p -> p.title().contains(seminar) && p.status() == PublicationStatus.DRAFT);

        assertThat(read(page))
                .contains(own, school, seminar)
                .contains(page + "/news/" + item)
                .doesNotContain("Новостей пока нет")
                .doesNotContain("Черновик района");
        assertThat(read(page + "/news/" + item)).contains(own);
        assertThat(read(page + "/events")).contains(seminar);
        assertThat(read(page + "/dlya-slabovidyashchih")).contains(own, seminar);
        assertThat(read(page + "/rss.xml")).contains(own, school);
        assertThat(read(page + "/atom.xml")).contains(own);

        String news = read(page + "/api/publications");
        assertThat(JsonPath.<List<String>>read(news, "$[*].id")).contains(item.toString());
        assertThat(JsonPath.<List<String>>read(news, "$[?(@.id == '" + item + "')].school"))
                .containsExactly("Район " + w.orgs().tag());
        assertThat(JsonPath.<List<String>>read(news, "$[*].title"))
                .doesNotContain("Черновик района " + w.orgs().tag());
        assertThat(JsonPath.<List<String>>read(read(page + "/api/events"), "$[*].id"))
                .contains(event.toString());

        // the filter by school still shows that school alone
        assertThat(read(page + "?school=" + w.school())).contains(school).doesNotContain(own);
        // the school's own section does not gather its municipality's news
        assertThat(read("/o/" + w.slug() + "/nastavnichestvo")).contains(school).doesNotContain(own);
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/news/" + item)).andExpect(status().isNotFound());
    }

    @Test
    void theRegionsPageGathersItsOwnAndItsMunicipalitiesNews() throws Exception {
        PublishingWorld.World w = worlds.create();
        NastavnikPrincipal regional =
                fixtures.user(Role.REGIONAL_METHODOLOGIST, w.orgs().region());
        String region = "region-" + w.orgs().tag();
        sites.choose(regional, w.orgs().region(), region);
        String regions = "Новость региона " + w.orgs().tag();
        PublicationId regionItem = published(regional, w.orgs().region(), regions);
        String municipality = "Новость района " + w.orgs().tag();
        PublicationId municipalItem =
                published(worlds.methodologist(w), w.orgs().municipality(), municipality);
        String page = "/o/" + region + "/nastavnichestvo";

        assertThat(read(page)).contains(regions, municipality);
        assertThat(read(page + "/news/" + regionItem)).contains(regions);
        assertThat(read(page + "/news/" + municipalItem)).contains(municipality);
        assertThat(JsonPath.<List<String>>read(read(page + "/api/publications"), "$[*].id"))
                .contains(regionItem.toString(), municipalItem.toString());
    }

    @Test
    void theCoverageReportListsTheAreasOwnNewsAsItsOwnRow() throws Exception {
        PublishingWorld.World w = worlds.create();
        NastavnikPrincipal methodologist = worlds.methodologist(w);
        String area = areaSection(w, methodologist);
        PublicationId own = published(
                methodologist,
                w.orgs().municipality(),
                "Новость района " + w.orgs().tag());
        PublicationId school =
                published(w.curator(), w.school(), "Новость школы " + w.orgs().tag());

        CoverageReport.Report report = coverage.of(methodologist, w.orgs().municipality(), null, null);

        assertThat(report.items())
                .extracting(CoverageReport.Item::id, CoverageReport.Item::school, CoverageReport.Item::schoolName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                own,
                                w.orgs().municipality(),
                                "Район " + w.orgs().tag()),
                        org.assertj.core.groups.Tuple.tuple(
                                school, w.school(), "Школа А " + w.orgs().tag()));
        assertThat(report.items().stream()
                        .filter(i -> i.id().equals(own))
                        .findFirst()
                        .orElseThrow()
                        .links())
                .extracting(CoverageReport.Link::address)
                .anyMatch(a -> a.endsWith("/o/" + area + "/nastavnichestvo/news/" + own));
        mvc.perform(get("/publishing/report").with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Новость района " + w.orgs().tag())));
    }

    @Test
    void aMethodologistKeepsOnlyHerOwnAreasNewsAndASchoolOnlyItsOwn() throws Exception {
        PublishingWorld.World w = worlds.create();
        NastavnikPrincipal methodologist = worlds.methodologist(w);
        NastavnikPrincipal regional =
                fixtures.user(Role.REGIONAL_METHODOLOGIST, w.orgs().region());
        PublicationId schools = publications
                .create(w.curator(), w.school(), new PublicationDraft("Школьная", "<p>Ш</p>", List.of()))
                .publication()
                .id();
        PublicationId areas = publications
                .create(methodologist, w.orgs().municipality(), new PublicationDraft("Районная", "<p>Р</p>", List.of()))
                .publication()
                .id();

        // the municipality's methodologist and a school's news; the region's methodologist and the municipality's;
        // the school's curator and the municipality's: 404 on every page and action, nothing changed
        refused(methodologist, schools, w.school());
        refused(regional, areas, w.orgs().municipality());
        refused(w.curator(), areas, w.orgs().municipality());
        assertThat(publications.get(w.curator(), w.school(), schools).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(publications
                        .get(methodologist, w.orgs().municipality(), areas)
                        .status())
                .isEqualTo(PublicationStatus.DRAFT);

        // a mentor of the school has no «Новости» and no list of her own
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.school());
        mvc.perform(get("/publishing/publications").with(user(mentor))).andExpect(status().isNotFound());
    }

    @Test
    void anAreasNewsNamesNobodyAndSaysSoInRussian() {
        PublishingWorld.World w = worlds.create();
        PersonId teacher = worlds.teacher(w, "Лебедева");

        assertThatThrownBy(() -> publications.create(
                        worlds.methodologist(w),
                        w.orgs().municipality(),
                        new PublicationDraft("Районная", "<p>Р</p>", List.of(teacher))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(messages.getMessage(
                                        e.problems().get(0).messageKey(), null, java.util.Locale.forLanguageTag("ru")))
                                .startsWith("Новость муниципалитета или региона не называет людей"));
    }

    private void refused(NastavnikPrincipal who, PublicationId id, OrganisationId owner) throws Exception {
        mvc.perform(get("/publishing/publications")
                        .param("organisation", owner.toString())
                        .with(user(who)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/publishing/publications/new")
                        .param("organisation", owner.toString())
                        .with(user(who)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/publishing/publications")
                        .param("organisation", owner.toString())
                        .param("title", "Чужая")
                        .param("body", "<p>Ч</p>")
                        .with(user(who))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/publishing/publications/" + id).with(user(who))).andExpect(status().isNotFound());
        mvc.perform(get("/publishing/publications/" + id + "/edit").with(user(who)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/publishing/publications/" + id + "/edit")
                        .param("title", "Изменено")
                        .param("body", "<p>И</p>")
                        .param("version", "0")
                        .with(user(who))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/publishing/publications/" + id + "/publish")
                        .with(user(who))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + owner + "/publications/" + id)
                        .with(user(who)))
                .andExpect(status().isNotFound());
    }

    private String areaSection(PublishingWorld.World w, NastavnikPrincipal methodologist) {
        String area = "area-" + w.orgs().tag();
        sites.choose(methodologist, w.orgs().municipality(), area);
        return area;
    }

    private PublicationId published(NastavnikPrincipal by, OrganisationId organisation, String title) {
        PublicationId id = publications
                .create(by, organisation, new PublicationDraft(title, "<p>" + title + "</p>", List.of()))
                .publication()
                .id();
        publications.publish(by, organisation, id);
        return id;
    }

    private String read(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
