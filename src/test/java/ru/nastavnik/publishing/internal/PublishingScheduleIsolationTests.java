package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.CrossTenant;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * School A's draft and published news, its new-publication form and its site-builder ZIP: another school's curator
 * and a methodologist of another district schedule, unpublish, write or download none of it (404); the draft is
 * not readable anonymously in the version for the visually impaired either, nor is another school's news shown
 * under this school's address. Nothing changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublishingScheduleIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    PublicationManagement publications;

    @Autowired
    Fixtures fixtures;

    @Test
    void strangersScheduleUnpublishWriteAndDownloadNoneOfASchoolsNews() throws Exception {
        PublishingWorld.World w = worlds.create();
        PublicationView draft = publications
                .create(w.curator(), w.school(), new PublicationDraft("Черновик школы А", "<p>Текст</p>", List.of()))
                .publication();
        PublicationView published = publications
                .create(w.curator(), w.school(), new PublicationDraft("Новость школы А", "<p>Текст</p>", List.of()))
                .publication();
        published = publications.publish(w.curator(), w.school(), published.id());
        String school = w.school().toString();
        String api = "/api/v1/organisations/" + school;
        String b = "/api/v1/organisations/" + w.orgs().schoolB();
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        for (NastavnikPrincipal stranger : List.of(w.otherCurator(), otherTerritory)) {
            CrossTenant.refused(
                    mvc,
                    stranger,
                    404,
                    List.of(
                            post(api + "/publications/" + draft.id() + "/schedule")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"at\":\"2031-01-01T07:00:00Z\"}"),
                            post(api + "/publications/" + published.id() + "/unpublish"),
                            get(api + "/publishing/site-builder.zip"),
                            get("/publishing/publications/new").param("organisation", school),
                            post("/publishing/publications")
                                    .param("organisation", school)
                                    .param("title", "Чужое")
                                    .param("body", "x")
                                    .with(csrf()),
                            post("/publishing/publications/" + draft.id() + "/schedule")
                                    .param("at", "2031-01-01T10:00")
                                    .with(csrf()),
                            get("/publishing/site/site-builder.zip").param("organisation", school)));
        }
        CrossTenant.refused(
                mvc,
                w.otherCurator(),
                404,
                List.of(
                        post(b + "/publications/" + draft.id() + "/schedule")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"at\":\"2031-01-01T07:00:00Z\"}"),
                        post(b + "/publications/" + published.id() + "/unpublish")));
        PublicationView ofB = publications
                .create(
                        w.otherCurator(),
                        w.orgs().schoolB(),
                        new PublicationDraft("Новость школы Б", "<p>Текст</p>", List.of()))
                .publication();
        publications.publish(w.otherCurator(), w.orgs().schoolB(), ofB.id());
        // school A's section shows neither its own draft nor another school's news, in either version
        CrossTenant.refused(
                mvc,
                null,
                404,
                List.of(
                        get("/o/" + w.slug() + "/nastavnichestvo/dlya-slabovidyashchih/news/" + draft.id()),
                        get("/o/" + w.slug() + "/nastavnichestvo/dlya-slabovidyashchih/news/" + ofB.id()),
                        get("/o/" + w.slug() + "/nastavnichestvo/news/" + ofB.id())));
        assertThat(publications.get(w.curator(), draft.id()).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(publications.get(w.curator(), published.id()).status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(publications.list(w.curator(), w.school())).hasSize(2);
    }
}
