package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationNameHidden;
import ru.nastavnik.publishing.internal.RevisionView;

/**
 * Her photos as consent sees them (issue 14, item 3; 152-ФЗ art. 10.1): a withdrawn consent to distribution comes in
 * after the consent's commit, and every photo showing her is hidden, the item keeps it as a revision and says so with
 * {@link PublicationNameHidden}, so its posts already sent are listed for deletion; a withdrawn consent of another
 * purpose leaves the photo and the posts as they were. The item shows her only on the photo: what changes is the
 * photo listener's doing alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class PhotoListenersScenarioTests {

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    PublicationPhotos photos;

    @Autowired
    PublicationManagement publications;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    ChannelsWorld.World w;
    PersonId teacher;
    ConsentId consent;
    ChannelsWorld.Posted posted;

    /** Made before the scenario starts, so that the events it records are the listener's alone. */
    @BeforeEach
    void aPostedPhotoOfHer() {
        w = worlds.create(true);
        teacher = worlds.teacher(w, "Орлова");
        consent = worlds.consent(w, teacher);
        posted = worlds.posted(w, teacher, false);
    }

    @Test
    void aWithdrawnConsentToDistributionHidesHerPhotoAndListsItsSentPostsForDeletion(Scenario scenario) {
        scenario.publish(withdrawn(ConsentPurpose.PUBLICATION))
                .andWaitForStateChange(this::photoHidden, hidden -> hidden)
                .andVerifyEvents(events -> {
                    assertThat(events)
                            .contains(PublicationNameHidden.class)
                            .matching(hidden -> hidden.publication().equals(posted.item()))
                            .matching(PublicationNameHidden::organisation, w.school());
                    assertThat(publications.history(w.curator(), w.school(), posted.item()))
                            .extracting(RevisionView::action)
                            .contains("PHOTO_HIDDEN");
                    assertThat(stale("TELEGRAM")).isEqualTo("NAME_HIDDEN");
                    assertThat(stale("VK")).isEqualTo("NAME_HIDDEN");
                });
    }

    /** Her consent to the processing of her data as an employee is not the consent to distribution. */
    @Test
    void aWithdrawnConsentOfAnotherPurposeLeavesHerPhotoAndItsPostsAsTheyWere(Scenario scenario) {
        ConsentWithdrawn duties = withdrawn(ConsentPurpose.MENTORING_DUTIES);
        scenario.publish(duties)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> duties.equals(p.getEvent())),
                        handled -> handled)
                .andVerifyEvents(events -> {
                    assertThat(photoHidden()).isFalse();
                    assertThat(stale("TELEGRAM")).isNull();
                    assertThat(stale("VK")).isNull();
                    assertThat(events.ofType(PublicationNameHidden.class)).isEmpty();
                });
    }

    private boolean photoHidden() {
        return photos.list(w.curator(), posted.item()).stream()
                .filter(p -> p.id().equals(posted.photo()))
                .findFirst()
                .orElseThrow()
                .hidden();
    }

    private String stale(String kind) {
        return jdbc.queryForObject(
                "select stale from publishing_outbox where publication_id = ? and kind = ?",
                String.class,
                posted.item().value(),
                kind);
    }

    private ConsentWithdrawn withdrawn(ConsentPurpose purpose) {
        return new ConsentWithdrawn(w.school(), consent, teacher, purpose, SchoolToday.date());
    }
}
