package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.CrossTenant;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * School B's consent to distribution: school A's curator cannot narrow it, by B's address or by her own with B's ids,
 * page or API (404), and its scope stays as signed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentScopeIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    ConsentReads consentReads;

    @Test
    void anotherSchoolsDistributionConsentCannotBeNarrowed() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        NastavnikPrincipal curatorOfA = fixtures.user(Role.CURATOR, world.schoolA());
        PersonId person = staff.create(curatorOfB, world.schoolB(), Fixtures.teacher("Чужая", "Вера", "Ивановна"))
                .id();
        DistributionScope signed = DistributionScope.everything();
        ConsentView consent = consents.recordGiven(
                curatorOfB,
                world.schoolB(),
                new GiveConsent(
                        person.toString(),
                        ConsentPurpose.PUBLICATION,
                        SchoolToday.date(),
                        null,
                        List.of("ФИО"),
                        signed));
        String b = world.schoolB().toString();
        String a = world.schoolA().toString();
        String narrower = "{\"kinds\":[\"NEWS\"],\"channels\":[\"SECTION\"]}";
        CrossTenant.refused(
                mvc,
                curatorOfA,
                404,
                List.of(
                        post("/consent/consents/" + consent.id() + "/scope")
                                .param("organisation", b)
                                .param("person", person.toString())
                                .param("distributionKinds", "NEWS")
                                .param("distributionChannels", "SECTION")
                                .with(csrf()),
                        post("/consent/consents/" + consent.id() + "/scope")
                                .param("organisation", a)
                                .param("person", person.toString())
                                .param("distributionKinds", "NEWS")
                                .param("distributionChannels", "SECTION")
                                .with(csrf()),
                        put("/api/v1/organisations/" + b + "/consents/" + consent.id() + "/scope")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(narrower),
                        put("/api/v1/organisations/" + a + "/consents/" + consent.id() + "/scope")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(narrower)));
        assertThat(consentReads.ofPerson(curatorOfB, world.schoolB(), person))
                .singleElement()
                .satisfies(c -> assertThat(c.scope()).isEqualTo(signed));
    }
}
