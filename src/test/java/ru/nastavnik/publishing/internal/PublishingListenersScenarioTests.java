package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.consent.DistributionScope;
import ru.nastavnik.consent.DistributionScopeNarrowed;
import ru.nastavnik.people.PersonId;

/**
 * The publishing module as consent sees it (issue 14, item 3): a withdrawn consent to distribution comes in after
 * the consent's commit, through the publication registry, and her name goes from every published item, announced
 * as {@link PublicationNameHidden} for the channels; so does a consent narrowed so that it no longer covers news on
 * the section. A withdrawn consent of another purpose, or a narrowing that still covers the news, changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class PublishingListenersScenarioTests {

    @Autowired
    PublishingWorld worlds;

    @Autowired
    PublicationManagement publications;

    @Autowired
    EventPublicationRegistry registry;

    @Test
    void aWithdrawnConsentToDistributionHidesHerNameInThePublishedNewsAndAnnouncesIt(Scenario scenario) {
        PublishingWorld.World w = worlds.create();
        PersonId teacher = worlds.teacher(w, "Сорокина");
        ConsentId consent = worlds.consentToDistribution(w, teacher);
        PublicationId news = published(w, teacher);

        scenario.publish(withdrawn(w, consent, teacher, ConsentPurpose.PUBLICATION))
                .andWaitForEventOfType(PublicationNameHidden.class)
                .matching(hidden -> hidden.publication().equals(news))
                .toArriveAndVerify(hidden -> {
                    assertThat(hidden.organisation()).isEqualTo(w.school());
                    PublicationView view = publications.get(w.curator(), w.school(), news);
                    assertThat(view.body()).doesNotContain("Сорокина").contains("Выступила [имя скрыто].");
                    assertThat(view.status()).isEqualTo(PublicationStatus.PUBLISHED);
                    assertThat(publications.history(w.curator(), w.school(), news))
                            .extracting(RevisionView::action)
                            .first()
                            .isEqualTo("NAME_HIDDEN");
                });
    }

    /** Her consent to the processing of her data as an employee is not the consent to distribution. */
    @Test
    void aWithdrawnConsentOfAnotherPurposeLeavesThePublishedNewsAsItWas(Scenario scenario) {
        PublishingWorld.World w = worlds.create();
        PersonId teacher = worlds.teacher(w, "Сорокина");
        ConsentId consent = worlds.consentToDistribution(w, teacher);
        PublicationId news = published(w, teacher);
        ConsentWithdrawn duties = withdrawn(w, consent, teacher, ConsentPurpose.MENTORING_DUTIES);

        scenario.publish(duties)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> duties.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(handled -> {
                    PublicationView view = publications.get(w.curator(), w.school(), news);
                    assertThat(view.body()).contains("Выступила Сорокина Ольга Петровна.");
                    assertThat(publications.history(w.curator(), w.school(), news))
                            .extracting(RevisionView::action)
                            .doesNotContain("NAME_HIDDEN");
                });
    }

    /** Narrowed to events only (art. 10.1 part 12): her name leaves the news as on a withdrawal. */
    @Test
    void aConsentNarrowedAwayFromNewsHidesHerNameInThePublishedNews(Scenario scenario) {
        PublishingWorld.World w = worlds.create();
        PersonId teacher = worlds.teacher(w, "Сорокина");
        ConsentId consent = worlds.consentToDistribution(w, teacher);
        PublicationId news = published(w, teacher);
        DistributionScope eventsOnly = DistributionScope.of(
                List.of(DistributionKind.EVENTS), List.of(DistributionChannel.SECTION, DistributionChannel.TELEGRAM));

        scenario.publish(new DistributionScopeNarrowed(w.school(), consent, teacher, eventsOnly))
                .andWaitForEventOfType(PublicationNameHidden.class)
                .matching(hidden -> hidden.publication().equals(news))
                .toArriveAndVerify(hidden -> assertThat(
                                publications.get(w.curator(), w.school(), news).body())
                        .contains("Выступила [имя скрыто]."));
    }

    /** Narrowed but still covering news on the section (only photos and VK dropped): the news keeps her name. */
    @Test
    void aConsentNarrowedThatStillCoversNewsOnTheSectionLeavesTheNewsAsItWas(Scenario scenario) {
        PublishingWorld.World w = worlds.create();
        PersonId teacher = worlds.teacher(w, "Сорокина");
        ConsentId consent = worlds.consentToDistribution(w, teacher);
        PublicationId news = published(w, teacher);
        DistributionScopeNarrowed narrowed = new DistributionScopeNarrowed(
                w.school(),
                consent,
                teacher,
                DistributionScope.of(
                        List.of(DistributionKind.NEWS, DistributionKind.EVENTS, DistributionKind.DOCUMENTS),
                        List.of(DistributionChannel.SECTION, DistributionChannel.TELEGRAM)));

        scenario.publish(narrowed)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> narrowed.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(handled -> assertThat(
                                publications.get(w.curator(), w.school(), news).body())
                        .contains("Выступила Сорокина Ольга Петровна."));
    }

    private PublicationId published(PublishingWorld.World w, PersonId teacher) {
        Saved saved = publications.create(
                w.curator(),
                w.school(),
                new PublicationDraft(
                        "Встреча наставников " + w.orgs().tag(),
                        "<p>Выступила Сорокина Ольга Петровна.</p>",
                        List.of(teacher)));
        PublicationId id = saved.publication().id();
        publications.publish(w.curator(), w.school(), id);
        return id;
    }

    private static ConsentWithdrawn withdrawn(
            PublishingWorld.World w, ConsentId consent, PersonId person, ConsentPurpose purpose) {
        return new ConsentWithdrawn(w.school(), consent, person, purpose, SchoolToday.date());
    }
}
