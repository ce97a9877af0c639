package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The «Исп.:» line at an order's foot names who prepared it (the requisites' curator): shown with the others' names
 * only while she consents to distribution, hidden otherwise and after a withdrawal; a name nobody on the staff has is
 * hidden in every mode; the phone stays (the school's contact, printed on the section anyway).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrderExecutorIntegrationTests {

    private static final String PHONE = "8 (8442) 12-34-56";

    @Autowired
    PublishingWorld worlds;

    @Autowired
    SiteOrders orders;

    @Autowired
    PublicDocuments documents;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Listeners listeners;

    @Test
    void theExecutorOnTheStaffIsNamedOnlyWhileSheConsentsAndHiddenAfterAWithdrawal() {
        PublishingWorld.World w = worlds.create();
        PersonId isaeva = worlds.teacher(w, "Исаева");
        executor(w, "Исаева Ольга Петровна");
        OrderView order = orders.assignment(w);
        MentorshipView pair = orders.pair(w);
        worlds.consentToDistribution(w, person(pair, MemberRole.MENTOR));
        worlds.consentToDistribution(w, person(pair, MemberRole.MENTEE));

        // the order is about the pair: their consents are enough to show it with names; hers decides her line only
        String withoutHers = documents
                .choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.NAMED)
                .html();
        assertThat(withoutHers)
                .contains("Выплатова Анна Сергеевна", "Новикова Анна Сергеевна", "Исп.: [имя скрыто], тел. " + PHONE)
                .doesNotContain("Исаев");

        ConsentId consent = worlds.consentToDistribution(w, isaeva);
        String withHers = documents
                .choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.NAMED)
                .html();
        assertThat(withHers).contains("Исп.: Исаева Ольга Петровна, тел. " + PHONE, "Выплатова Анна Сергеевна");

        assertThat(documents
                        .choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.ANONYMISED)
                        .html())
                .contains("Исп.: [имя скрыто], тел. " + PHONE)
                .doesNotContain("Исаев")
                .doesNotContain("Выплатова");

        documents.choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.NAMED);
        worlds.withdraw(w, consent);
        listeners.awaitCompletion();
        assertThat(documents.shownBy(List.of(w.school())))
                .singleElement()
                .satisfies(d -> assertThat(d.html())
                        .contains("Исп.: [имя скрыто], тел. " + PHONE, "Выплатова Анна Сергеевна")
                        .doesNotContain("Исаев"));
    }

    @Test
    void anExecutorTypedWithInitialsWhoIsNotOnTheStaffIsHiddenEvenWithNames() {
        PublishingWorld.World w = worlds.create();
        executor(w, "Кузнецова М.А.");
        OrderView order = orders.assignment(w);
        MentorshipView pair = orders.pair(w);
        worlds.consentToDistribution(w, person(pair, MemberRole.MENTOR));
        worlds.consentToDistribution(w, person(pair, MemberRole.MENTEE));

        assertThat(documents
                        .choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.NAMED)
                        .html())
                .contains("Исп.: [имя скрыто], тел. " + PHONE, "Новикова Анна Сергеевна")
                .doesNotContain("Кузнецов");
    }

    private void executor(PublishingWorld.World w, String name) {
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, w.school());
        long version = organisations.get(director, w.school()).version();
        organisations.updateRequisites(
                director,
                w.school(),
                new Requisites(
                                "г. Энск, ул. Школьная, 1",
                                null,
                                null,
                                null,
                                new HeadName("Морозова", "Татьяна", "Викторовна", Gender.FEMALE),
                                "Директор")
                        .withDocumentDetails(null, "г. Энск", name, PHONE, "15 процентов оклада", null, null),
                version);
    }

    private static PersonId person(MentorshipView pair, MemberRole role) {
        return pair.members().stream()
                .filter(m -> m.role() == role)
                .map(MemberView::personId)
                .findFirst()
                .orElseThrow();
    }
}
