package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Listeners;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationStatus;
import ru.nastavnik.publishing.internal.RevisionView;
import ru.nastavnik.shared.InvalidInputException;

/**
 * People in a news photo (Civil Code art. 152.1, 152-ФЗ art. 10.1): tagged by the curator, publishing is refused
 * with the Russian list of who lacks a consent to distribution; a withdrawal hides the photo at once on the public
 * page and at its address, keeps the change as a revision, and lists the post already sent with it for deletion.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PhotoConsentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    PublicationPhotos photos;

    @Autowired
    PhotoTags tags;

    @Autowired
    PublicationManagement publications;

    @Autowired
    PostComposer composer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Listeners listeners;

    @Test
    void aPhotoOfPeopleIsPublishedOnlyWithTheirConsentAndAWithdrawalHidesItEverywhereAndListsThePostForDeletion()
            throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PersonId orlova = worlds.teacher(w, "Орлова");
        PersonId belova = worlds.teacher(w, "Белова");
        PublicationId id = worlds.draft(w, "Семинар наставников", "<p>Семинар прошёл в актовом зале.</p>", List.of());
        PhotoView photo = photos.upload(w.curator(), id, new ByteArrayInputStream(TestImages.png(400, 300)), "a.png");
        String base = "/publishing/channels/publications/" + id;

        mvc.perform(get(base + "/photos/" + photo.id() + "/people").with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Орлова Ольга Петровна")))
                .andExpect(content().string(containsString("Белова Ольга Петровна")));
        mvc.perform(post(base + "/photos/" + photo.id() + "/people")
                        .param("people", orlova.toString())
                        .param("people", belova.toString())
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(photos.list(w.curator(), id)).singleElement().satisfies(p -> {
            assertThat(p.people()).containsExactly("Белова Ольга Петровна", "Орлова Ольга Петровна");
            assertThat(p.hidden()).isFalse();
        });
        mvc.perform(get(base).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("На фото: Белова Ольга Петровна, Орлова Ольга Петровна")));

        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class, () -> publications.publish(w.curator(), w.school(), id));
        assertThat(refused.problems().get(0).messageKey()).isEqualTo("publishing.consent.missing");
        assertThat(refused.problems().get(0).args()).containsExactly("Белова Ольга Петровна, Орлова Ольга Петровна");
        assertThat(publications.get(w.curator(), id).status()).isEqualTo(PublicationStatus.DRAFT);

        ConsentId orlovaConsent = worlds.consent(w, orlova);
        assertThat(catchThrowableOfType(
                                InvalidInputException.class, () -> publications.publish(w.curator(), w.school(), id))
                        .problems()
                        .get(0)
                        .args())
                .containsExactly("Белова Ольга Петровна");
        // untagging the one without consent lets it go public
        tags.tag(w.curator(), id, photo.id(), List.of(orlova));
        publications.publish(w.curator(), w.school(), id);
        // once public, tagging someone without consent is refused and nothing changes
        InvalidInputException tagRefused = catchThrowableOfType(
                InvalidInputException.class, () -> tags.tag(w.curator(), id, photo.id(), List.of(orlova, belova)));
        assertThat(tagRefused.problems().get(0).messageKey()).isEqualTo("publishingDrafts.photo.consentMissing");
        assertThat(tagRefused.problems().get(0).args()).containsExactly("Белова Ольга Петровна");
        assertThat(photos.list(w.curator(), id).get(0).people()).containsExactly("Орлова Ольга Петровна");

        String item = "/o/" + w.slug() + "/nastavnichestvo/news/" + id;
        mvc.perform(get(item))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/photos/" + photo.id())));
        mvc.perform(get(item + "/photos/" + photo.id())).andExpect(status().isOk());
        assertThat(composer.compose(id, ChannelKind.TELEGRAM).photo()).isNotNull();
        // a person in the photo whose consent ended without a withdrawal being heard: the post is not sent
        jdbc.update(
                "insert into publication_photo_person (photo_id, person_id, shown_name) values (?, ?, ?)",
                photo.id(),
                belova.value(),
                "Белова Ольга Петровна");
        ChannelFailure notSent =
                catchThrowableOfType(ChannelFailure.class, () -> composer.compose(id, ChannelKind.TELEGRAM));
        assertThat(notSent.key()).isEqualTo("channels.error.consent");
        assertThat(notSent.isPermanent()).isTrue();
        assertThat(notSent.args()).containsExactly("Белова Ольга Петровна");
        jdbc.update(
                "delete from publication_photo_person where photo_id = ? and person_id = ?",
                photo.id(),
                belova.value());
        // the Telegram post went out with the photo
        jdbc.update(
                "update publishing_outbox set status = 'SENT', remote_id = '77', remote_link = 'https://t.me/school_channel/77', sent_at = now() where publication_id = ? and kind = 'TELEGRAM'",
                id.value());

        worlds.withdraw(w, orlovaConsent);
        listeners.awaitCompletion();

        assertThat(photos.list(w.curator(), id))
                .singleElement()
                .satisfies(p -> assertThat(p.hidden()).isTrue());
        mvc.perform(get(item))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/photos/" + photo.id()))));
        mvc.perform(get(item + "/photos/" + photo.id())).andExpect(status().isNotFound());
        assertThat(composer.compose(id, ChannelKind.TELEGRAM).photo()).isNull();
        assertThat(publications.history(w.curator(), w.school(), id))
                .extracting(RevisionView::action)
                .contains("PHOTO_HIDDEN");
        assertThat(jdbc.queryForList(
                        "select stale from publishing_outbox where publication_id = ? and status = 'SENT'",
                        String.class,
                        id.value()))
                .containsExactly("NAME_HIDDEN");
        mvc.perform(get(base).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("https://t.me/school_channel/77")))
                .andExpect(content().string(containsString("Скрыто: отозвано согласие на распространение.")));
    }
}
