package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import ru.nastavnik.Listeners;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.PersonId;

/**
 * The curator typed by hand in the order approving the Regulation is a person too: shown without personal data her
 * name goes in every form; not on the staff, she cannot have consented, so it goes even with names; on the staff,
 * the typed form («Белову О.П.») follows her consent like the rest of her name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicDocumentCuratorIntegrationTests {

    @Autowired
    PublishingWorld worlds;

    @Autowired
    SiteOrders orders;

    @Autowired
    PublicDocuments documents;

    @Autowired
    Listeners listeners;

    @Test
    void aCuratorTypedByHandWhoIsNotOnTheStaffIsHiddenInEveryMode() {
        PublishingWorld.World w = worlds.create();
        PersonId larina = worlds.teacher(w, "Ларина");
        OrderView order = orders.regulation(w, "заместителя директора по УВР Кузнецову Марию Андреевну");

        String anonymised = documents
                .choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.ANONYMISED)
                .html();
        assertThat(anonymised)
                .contains(
                        "Назначить куратором реализации программ наставничества заместителя директора по УВР [имя скрыто].")
                .doesNotContain("Кузнецов")
                .doesNotContain("Ларина");

        worlds.consentToDistribution(w, larina);
        String named = documents
                .choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.NAMED)
                .html();
        assertThat(named)
                .contains("Ларина Ольга Петровна")
                .contains("по УВР [имя скрыто].")
                .doesNotContain("Кузнецов");
    }

    @Test
    void aCuratorTypedWithInitialsWhoIsOnTheStaffFollowsHerConsent() {
        PublishingWorld.World w = worlds.create();
        PersonId belova = worlds.teacher(w, "Белова");
        OrderView order = orders.regulation(w, "методиста Белову О.П.");

        assertThat(documents
                        .choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.ANONYMISED)
                        .html())
                .contains("наставничества методиста [имя скрыто]")
                .doesNotContain("Белов");

        ConsentId consent = worlds.consentToDistribution(w, belova);
        assertThat(documents
                        .choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.NAMED)
                        .html())
                .contains("наставничества методиста Белову О.П.")
                .contains("Белова Ольга Петровна");

        worlds.withdraw(w, consent);
        listeners.awaitCompletion();
        assertThat(documents.shownBy(java.util.List.of(w.school())))
                .singleElement()
                .satisfies(d -> assertThat(d.html()).doesNotContain("Белов").contains("методиста [имя скрыто]"));
    }
}
