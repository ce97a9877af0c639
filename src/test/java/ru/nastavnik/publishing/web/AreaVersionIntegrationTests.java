package ru.nastavnik.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.publishing.internal.PageVersions;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.shared.Role;

/**
 * An area's pages are served under one counter of its own (V161), bumped with every change of a school below it in
 * the change's transaction: a school's news renews its municipality's and its region's pages on every node, a school
 * created or renamed shows in their school filter at once, and a school of another municipality leaves this one's
 * stamp alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AreaVersionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicPageWorld worlds;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PublicSites sites;

    @Autowired
    PageVersions versions;

    @Autowired
    Listeners listeners;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSchoolsChangeRenewsItsMunicipalitysAndRegionsPagesAndNoOtherAreas() throws Exception {
        PublicPageWorld.World w = worlds.create();
        PublicPageWorld.World elsewhere = worlds.create();
        String regionSlug = "region-" + w.orgs().tag();
        sites.choose(
                fixtures.user(Role.REGIONAL_METHODOLOGIST, w.orgs().region()),
                w.orgs().region(),
                regionSlug);
        String region = "/o/" + regionSlug + "/nastavnichestvo";
        PublicPageWorld.Node other = worlds.node();
        for (MockMvc node : List.of(mvc, other.mvc())) {
            assertThat(PublicPageWorld.read(node, w.areaSection())).doesNotContain("Итоги полугодия");
            assertThat(PublicPageWorld.read(node, region + "/api/publications")).isEqualTo("[]");
        }
        String area = versions.stamp(w.area()).orElseThrow().value();
        String regional = versions.stamp(regionSlug).orElseThrow().value();
        String elsewhereArea = versions.stamp(elsewhere.area()).orElseThrow().value();

        worlds.published(w, "Итоги полугодия", List.of());
        listeners.awaitCompletion();

        assertThat(versions.stamp(w.area()).orElseThrow().value()).isNotEqualTo(area);
        assertThat(versions.stamp(regionSlug).orElseThrow().value()).isNotEqualTo(regional);
        assertThat(versions.stamp(elsewhere.area()).orElseThrow().value()).isEqualTo(elsewhereArea);
        for (MockMvc node : List.of(mvc, other.mvc())) {
            assertThat(PublicPageWorld.read(node, w.areaSection())).contains("Итоги полугодия");
            assertThat(PublicPageWorld.read(node, region + "/api/publications")).contains("Итоги полугодия");
        }
    }

    @Test
    void aSchoolCreatedOrRenamedShowsInTheAreasSchoolFilterAtOnce() throws Exception {
        PublicPageWorld.World w = worlds.create();
        PublicPageWorld.Node other = worlds.node();
        String tag = w.orgs().tag();
        for (MockMvc node : List.of(mvc, other.mvc())) {
            assertThat(PublicPageWorld.read(node, w.areaSection())).doesNotContain("Школа В " + tag);
        }

        var created = fixtures.org(
                "Школа В " + tag, OrganisationKind.ORGANISATION, w.orgs().municipality());

        for (MockMvc node : List.of(mvc, other.mvc())) {
            assertThat(PublicPageWorld.read(node, w.areaSection())).contains("Школа В " + tag);
        }
        String before = versions.stamp(w.area()).orElseThrow().value();
        // a change of the organisation row that nothing audits (as an administrator's correction)
        jdbc.update(
                "update organisation set name = ? where id = ?",
                "Лицей В " + tag,
                created.id().value());

        assertThat(versions.stamp(w.area()).orElseThrow().value()).isNotEqualTo(before);
        for (MockMvc node : List.of(mvc, other.mvc())) {
            assertThat(PublicPageWorld.read(node, w.areaSection()))
                    .contains("Лицей В " + tag)
                    .doesNotContain("Школа В " + tag);
        }
    }
}
