package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The inspection package, page and API, with another school's id: 404 for everyone but the school's own director and
 * curator — its mentor, a neighbour school's curator and director, the methodologists above it or elsewhere — and
 * nothing is exported (no audit entry of an export); a school's own package never holds another school's news.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InspectionIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PublicationManagement publications;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nobodyButTheSchoolsDirectorAndCuratorGetsItsPackage() throws Exception {
        var world = fixtures.world();
        var elsewhere = fixtures.world();
        List<NastavnikPrincipal> strangers = List.of(
                fixtures.user(Role.CURATOR, world.schoolB()),
                fixtures.user(Role.DIRECTOR, world.schoolB()),
                fixtures.user(Role.MENTOR, world.schoolA()),
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality()),
                fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region()),
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, elsewhere.municipality()),
                fixtures.user(Role.CURATOR, elsewhere.schoolA()));
        for (NastavnikPrincipal stranger : strangers) {
            mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/inspection-package.zip")
                            .with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/roadmap/package.zip")
                            .param("organisation", world.schoolA().toString())
                            .with(user(stranger)))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where organisation_id = ? and subject_type = 'InspectionPackage'",
                        Long.class,
                        world.schoolA().value()))
                .isZero();
    }

    @Test
    void aSchoolsPackageListsOnlyItsOwnPublications() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal curatorB = fixtures.user(Role.CURATOR, world.schoolB());
        var own = publications.create(
                curatorA, world.schoolA(), new PublicationDraft("Новость школы А", "<p>Текст</p>", List.of()));
        publications.publish(curatorA, world.schoolA(), own.publication().id());
        var other = publications.create(
                curatorB, world.schoolB(), new PublicationDraft("Новость школы Б", "<p>Текст</p>", List.of()));
        publications.publish(curatorB, world.schoolB(), other.publication().id());

        Map<String, byte[]> files = InspectionPackageContributionsIntegrationTests.unzip(
                mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/inspection-package.zip")
                                .with(user(curatorA)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        List<List<String>> rows = InspectionPackageContributionsIntegrationTests.xlsx(
                files.get("09 Публикации/Перечень публикаций.xlsx"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).get(1)).isEqualTo("Новость школы А");
        assertThat(rows.toString()).doesNotContain("Новость школы Б");
    }
}
