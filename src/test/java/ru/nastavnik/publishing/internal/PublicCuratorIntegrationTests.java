package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The curator's contacts on the public section name her only as the Regulation's order does (152-ФЗ art. 10.1): a
 * staff member with a valid consent to distribution; a name nobody on the staff has, or hers without consent or after
 * a withdrawal, is left out of the section and its accessible version — the phone stays.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicCuratorIntegrationTests {

    private static final String PHONE = "8 (8442) 55-66-77";

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Listeners listeners;

    @Test
    void theCuratorsNameIsShownOnlyWhileSheIsOnTheStaffAndConsentsToDistribution() throws Exception {
        PublishingWorld.World w = worlds.create();
        curator(w, "Исаева Ольга Петровна");
        String section = "/o/" + w.slug() + "/nastavnichestvo";
        String accessible = section + "/dlya-slabovidyashchih";

        // nobody on the staff has the typed name: she cannot have consented
        assertThat(read(section)).contains(PHONE).doesNotContain("Исаева");
        assertThat(read(accessible)).contains(PHONE).doesNotContain("Исаева");

        // on the staff, no consent to distribution yet
        var isaeva = worlds.teacher(w, "Исаева");
        assertThat(read(section)).contains(PHONE).doesNotContain("Исаева");

        ConsentId consent = worlds.consentToDistribution(w, isaeva);
        assertThat(read(section)).contains("Исаева Ольга Петровна", PHONE);
        assertThat(read(accessible)).contains("Исаева Ольга Петровна", PHONE);

        worlds.withdraw(w, consent);
        listeners.awaitCompletion();
        assertThat(read(section)).contains(PHONE).doesNotContain("Исаева");
        assertThat(read(accessible)).contains(PHONE).doesNotContain("Исаева");
    }

    @Test
    void aCuratorTypedWithInitialsIsRecognisedAsTheStaffMemberSheIs() throws Exception {
        PublishingWorld.World w = worlds.create();
        curator(w, "Исаева О.П.");
        worlds.consentToDistribution(w, worlds.teacher(w, "Исаева"));

        assertThat(read("/o/" + w.slug() + "/nastavnichestvo")).contains("Исаева О.П.", PHONE);
    }

    private String read(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void curator(PublishingWorld.World w, String name) {
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
}
