package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.consent.DistributionScope;
import ru.nastavnik.consent.DistributionScopeNarrowed;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationNameHidden;

/**
 * Her posts and photos as consent sees them when she narrows her consent to distribution (issue 14, item 3; 152-ФЗ
 * art. 10.1 part 12): a channel she no longer allows → the posts already sent there of items naming her listed for
 * deletion, the other channel's kept; photos no longer allowed → her photo hidden and announced with
 * {@link PublicationNameHidden}, which lists every sent post of the item; a narrowing that still covers all the item
 * uses changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class ScopeChannelListenersScenarioTests {

    private static final List<DistributionKind> ALL_KINDS =
            DistributionScope.everything().kindList();
    private static final List<DistributionChannel> ALL_CHANNELS =
            DistributionScope.everything().channelList();

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

    /** Made before the scenario starts, so that the events it records are the listeners' alone. */
    @BeforeEach
    void aPostedItemNamingAndShowingHer() {
        w = worlds.create(true);
        teacher = worlds.teacher(w, "Зайцева");
        consent = worlds.consent(w, teacher);
        posted = worlds.posted(w, teacher, true);
    }

    @Test
    void aChannelSheNoLongerAllowsHasItsSentPostListedForDeletionAndTheOthersKept(Scenario scenario) {
        scenario.publish(narrowedTo(ALL_KINDS, List.of(DistributionChannel.SECTION, DistributionChannel.VK)))
                .andWaitForStateChange(() -> stale("TELEGRAM"), "CONSENT_NARROWED"::equals)
                .andVerify(telegram -> {
                    assertThat(stale("VK")).isNull();
                    assertThat(photoHidden()).isFalse();
                    assertThat(publications.get(w.curator(), posted.item()).people())
                            .singleElement()
                            .satisfies(named -> assertThat(named.hidden()).isFalse());
                });
    }

    @Test
    void photosSheNoLongerAllowsAreHiddenAndEverySentPostOfTheItemListed(Scenario scenario) {
        List<DistributionKind> withoutPhotos = ALL_KINDS.stream()
                .filter(kind -> kind != DistributionKind.PHOTOS)
                .toList();
        scenario.publish(narrowedTo(withoutPhotos, ALL_CHANNELS))
                .andWaitForStateChange(this::photoHidden, hidden -> hidden)
                .andVerifyEvents(events -> {
                    assertThat(events)
                            .contains(PublicationNameHidden.class)
                            .matching(hidden -> hidden.publication().equals(posted.item()));
                    assertThat(stale("TELEGRAM")).isEqualTo("NAME_HIDDEN");
                    assertThat(stale("VK")).isEqualTo("NAME_HIDDEN");
                });
    }

    /** Only documents dropped: the news, its photo and both channels are still hers to allow. */
    @Test
    void aNarrowingThatStillCoversTheItemChangesNothing(Scenario scenario) {
        List<DistributionKind> withoutDocuments = ALL_KINDS.stream()
                .filter(kind -> kind != DistributionKind.DOCUMENTS)
                .toList();
        DistributionScopeNarrowed narrowed = narrowedTo(withoutDocuments, ALL_CHANNELS);
        scenario.publish(narrowed)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> narrowed.equals(p.getEvent())),
                        handled -> handled)
                .andVerifyEvents(events -> {
                    assertThat(photoHidden()).isFalse();
                    assertThat(stale("TELEGRAM")).isNull();
                    assertThat(stale("VK")).isNull();
                    assertThat(events.ofType(PublicationNameHidden.class)).isEmpty();
                });
    }

    private DistributionScopeNarrowed narrowedTo(List<DistributionKind> kinds, List<DistributionChannel> channels) {
        return new DistributionScopeNarrowed(w.school(), consent, teacher, DistributionScope.of(kinds, channels));
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
}
