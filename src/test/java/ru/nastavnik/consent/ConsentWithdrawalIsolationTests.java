package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.CrossTenant;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.internal.ConsentRetention;
import ru.nastavnik.consent.internal.FormFormat;
import ru.nastavnik.consent.internal.FormJobs;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * School B's consent, its scan, its withdrawal, its retention setting and the batch of forms its curator is printing:
 * school A's curator reaches none of them, by B's address or by her own with B's ids (404), and nothing changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentWithdrawalIsolationTests {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

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

    @Autowired
    ConsentRetention retention;

    @Autowired
    FormJobs forms;

    @Test
    void anotherSchoolsConsentItsScanItsWithdrawalAndItsFormsAreNotFound() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        NastavnikPrincipal curatorOfA = fixtures.user(Role.CURATOR, world.schoolA());
        String person = staff.create(curatorOfB, world.schoolB(), Fixtures.teacher("Согласная", "Вера", "Ивановна"))
                .id()
                .toString();
        ConsentView consent = consents.recordGiven(
                curatorOfB,
                world.schoolB(),
                new GiveConsent(
                        person, ConsentPurpose.PERSONAL_DATA, SchoolToday.date().minusDays(1), null, null));
        consents.attachScan(curatorOfB, world.schoolB(), consent.id(), new ByteArrayInputStream(PDF), "scan.pdf");
        String job = forms.start(
                curatorOfB,
                world.schoolB(),
                ConsentPurpose.PERSONAL_DATA,
                List.of(PersonId.of(person)),
                FormFormat.PDF);
        int retentionDays = retention.retentionDays(curatorOfB, world.schoolB());
        String b = world.schoolB().toString();
        String api = "/api/v1/organisations/" + b + "/consents";
        String aWithBs = "/api/v1/organisations/" + world.schoolA() + "/consents/" + consent.id();
        String withdrawal = "{\"withdrawnOn\":\"" + SchoolToday.date() + "\",\"reason\":\"Взлом\"}";
        MockMultipartFile scan = new MockMultipartFile("file", "s.pdf", "application/pdf", PDF);
        CrossTenant.refused(
                mvc,
                curatorOfA,
                404,
                List.of(
                        post("/consent/consents/" + consent.id() + "/withdrawal")
                                .param("organisation", b)
                                .param("person", person)
                                .param("withdrawnOn", SchoolToday.date().toString())
                                .param("reason", "Взлом")
                                .with(csrf()),
                        post("/consent/consents/" + consent.id() + "/withdrawal")
                                .param("organisation", world.schoolA().toString())
                                .param("person", person)
                                .param("withdrawnOn", SchoolToday.date().toString())
                                .with(csrf()),
                        multipart("/consent/consents/" + consent.id() + "/scan")
                                .file(new MockMultipartFile("scan", "s.pdf", "application/pdf", PDF))
                                .param("organisation", b)
                                .param("person", person)
                                .with(csrf()),
                        get("/consent/consents/" + consent.id() + "/scan").param("organisation", b),
                        get("/consent/consents/" + consent.id() + "/scan")
                                .param("organisation", world.schoolA().toString()),
                        post("/consent/settings")
                                .param("organisation", b)
                                .param("retentionDays", "1")
                                .with(csrf()),
                        get("/consent/forms/" + job),
                        get("/consent/forms/" + job + "/file"),
                        post(api + "/" + consent.id() + "/withdrawal")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(withdrawal),
                        post(aWithBs + "/withdrawal")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(withdrawal),
                        multipart(api + "/" + consent.id() + "/scan").file(scan),
                        multipart(aWithBs + "/scan").file(scan),
                        get(api + "/" + consent.id() + "/scan"),
                        get(aWithBs + "/scan"),
                        post(api + "/requests")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"purpose\":\"PERSONAL_DATA\",\"personIds\":[\"" + person + "\"]}"),
                        get(api + "/settings"),
                        put(api + "/settings")
                                .header("If-Match", "\"0\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"retentionDays\":1}"),
                        get(api + "/forms/" + job + "/status"),
                        get(api + "/forms/" + job + "/file"),
                        get("/api/v1/organisations/" + world.schoolA() + "/consents/forms/" + job + "/status")));
        ConsentView after = consentReads.ofPerson(curatorOfB, world.schoolB(), PersonId.of(person)).stream()
                .filter(c -> c.id().equals(consent.id()))
                .findFirst()
                .orElseThrow();
        assertThat(after.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(after.withdrawnOn()).isNull();
        assertThat(consentReads.ofPerson(curatorOfB, world.schoolB(), PersonId.of(person)))
                .hasSize(1);
        assertThat(retention.retentionDays(curatorOfB, world.schoolB())).isEqualTo(retentionDays);
    }
}
