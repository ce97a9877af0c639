package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.publishing.internal.DocumentMode;
import ru.nastavnik.publishing.internal.DocumentPart;
import ru.nastavnik.publishing.internal.PublicDocumentView;

/**
 * The curator's pages: the documents list links a shown document to its channels page, the page sends it, a refusal
 * comes back as a Russian message with nothing queued (the API answers 422 with it), and a sent order regenerated
 * with other content is listed among the posts to delete, marked deleted from there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentPostsWebIntegrationTests {

    @RegisterExtension
    static final FakeChannels fake = new FakeChannels();

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    DocumentWorld documents;

    @Autowired
    DocumentDeliveries deliveries;

    @Autowired
    PostsToDelete toDelete;

    @Autowired
    JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void clean() {
        deliveries.deliverDue();
        fake.reset();
    }

    @Test
    void theCuratorSendsAShownOrderFromItsPageAndDeletesItsOutdatedPostFromTheList() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        worlds.teacher(w, "Кузнецова");
        OrderView order = documents.regulation(w);
        PublicDocumentView doc = documents.show(w, order, DocumentPart.ORDER, DocumentMode.ANONYMISED);
        String school = w.school().toString();
        String page = "/publishing/channels/documents/" + doc.id();

        mvc.perform(get("/publishing/documents").param("organisation", school).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(page + "?organisation=" + school)));
        mvc.perform(get(page).param("organisation", school).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Показывается в публичном разделе.")))
                .andExpect(content().string(containsString("id=\"document-send\"")));

        mvc.perform(post(page + "/send")
                        .param("organisation", school)
                        .param("kind", "VK")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(redirectedUrl(page + "?organisation=" + school))
                .andExpect(flash().attributeExists("flash"));
        assertThat(deliveries.deliverDue()).isEqualTo(1);
        assertThat(fake.requests())
                .extracting(FakeChannels.Request::path)
                .containsExactly(
                        "/vk/method/docs.getWallUploadServer",
                        "/vk-upload/doc-upload",
                        "/vk/method/docs.save",
                        "/vk/method/wall.post");

        // chosen again with nothing changed: the post still shows what the section shows
        documents.show(w, order, DocumentPart.ORDER, DocumentMode.ANONYMISED);
        assertThat(toDelete.of(w.curator(), w.school())).isEmpty();
        // a new teacher joins the familiarisation sheet: the section's text is no longer the post's
        worlds.teacher(w, "Петрова");
        documents.show(w, order, DocumentPart.ORDER, DocumentMode.ANONYMISED);
        List<PostsToDelete.Post> listed = toDelete.of(w.curator(), w.school());
        assertThat(listed)
                .extracting(p -> p.document() + " " + p.reason() + " " + p.link())
                .containsExactly(doc.id() + " DOCUMENT_CHANGED https://vk.com/wall-123456_55");
        UUID delivery = listed.get(0).delivery();
        String markDeleted = page + "/deliveries/" + delivery + "/mark-deleted?organisation=" + school;
        mvc.perform(get("/publishing/channels/to-delete")
                        .param("organisation", school)
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + page + "?organisation=" + school + "\"")))
                .andExpect(content().string(containsString("action=\"" + markDeleted + "\"")))
                .andExpect(content().string(containsString("Документ в разделе показан иначе")));
        // the document's own page offers the same actions on its channels table
        mvc.perform(get(page).param("organisation", school).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"" + markDeleted + "\"")))
                .andExpect(content()
                        .string(containsString("action=\"" + page + "/deliveries/" + delivery + "/delete?organisation="
                                + school + "\"")))
                .andExpect(content().string(containsString("href=\"https://vk.com/wall-123456_55\"")));
        mvc.perform(post(markDeleted).with(user(w.curator())).with(csrf()))
                .andExpect(redirectedUrl(page + "?organisation=" + school));
        assertThat(toDelete.of(w.curator(), w.school())).isEmpty();
        assertThat(jdbc.queryForObject("select status from publishing_outbox where id = ?", String.class, delivery))
                .isEqualTo("REMOVED");
    }

    @Test
    void aHiddenDocumentIsRefusedInRussianOnThePageAndThroughTheApiWithNothingQueued() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PublicDocumentView hidden =
                documents.show(w, documents.regulation(w), DocumentPart.ROADMAP, DocumentMode.HIDDEN);
        String school = w.school().toString();
        String page = "/publishing/channels/documents/" + hidden.id();

        mvc.perform(get(page).param("organisation", school).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Не показывается в публичном разделе")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"document-send\""))));
        mvc.perform(post(page + "/send")
                        .param("organisation", school)
                        .param("kind", "TELEGRAM")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(redirectedUrl(page + "?organisation=" + school))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/api/v1/organisations/" + school + "/public-documents/" + hidden.id() + "/deliveries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[\"TELEGRAM\",\"VK\"]}")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Документ не показывается в публичном разделе — в канал можно отправить только показанный документ.")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from publishing_outbox where document_id = ?", Integer.class, hidden.id()))
                .isZero();
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aChannelTheApiDoesNotKnowIsRefusedNamingTheBodysFieldWithNothingQueued() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PublicDocumentView shown =
                documents.show(w, documents.regulation(w), DocumentPart.REGULATION, DocumentMode.NAMED);

        mvc.perform(post("/api/v1/organisations/" + w.school() + "/public-documents/" + shown.id() + "/deliveries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[\"TELEGRAM\",\"ODNOKLASSNIKI\"]}")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("channels"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("Канала «ODNOKLASSNIKI» нет: укажите TELEGRAM или VK."));
        assertThat(jdbc.queryForObject(
                        "select count(*) from publishing_outbox where document_id = ?", Integer.class, shown.id()))
                .isZero();
    }
}
