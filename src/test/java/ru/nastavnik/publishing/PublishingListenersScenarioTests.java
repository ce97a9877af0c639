package ru.nastavnik.publishing;

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
import ru.nastavnik.people.PersonId;

/**
 * The publishing module as consent sees it (issue 14, item 3): a withdrawn consent to distribution comes in after
 * the consent's commit, through the publication registry, and her name goes from every published item, announced
 * as {@link PublicationNameHidden} for the channels; a withdrawn consent of another purpose changes nothing here.
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
