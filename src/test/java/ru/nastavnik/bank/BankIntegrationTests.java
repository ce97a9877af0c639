package ru.nastavnik.bank;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@SpringBootTest
@AutoConfigureMockMvc
class BankIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String base;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA();
    }

    @Test
    void nobodyEntersABankWithoutAPersonalDataConsent() throws Exception {
        String person = teacher("Новикова", world.schoolA(), curator);
        mentee(person, "[\"discipline\"]")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("согласия")));
        consent(person, ConsentPurpose.PERSONAL_DATA, world.schoolA(), curator);
        mentee(person, "[\"discipline\",\"parents\"]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.needs.length()").value(2));
        mvc.perform(get(base + "/mentees").param("need", "parents").with(user(curator)))
                .andExpect(jsonPath("$.content[0].fullName").value(containsString("Новикова")));
        mvc.perform(get(base + "/mentees").param("need", "exams").with(user(curator)))
                .andExpect(jsonPath("$.content.length()").value(0));
    }

    @Test
    void aNeedOutsideTheVocabularyIsRefused() throws Exception {
        String person = consented("Громова");
        mentee(person, "[\"astrology\"]")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("needs"));
    }

    @Test
    void aMentorsCapacityStaysWithinTheOrganisationsLimitAndTheSharedBankNeedsItsOwnConsent() throws Exception {
        String person = consented("Волкова");
        mentor(person, 5, false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("capacity"));
        mentor(person, 2, true)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sharedBank"));
        consent(person, ConsentPurpose.SHARED_BANK, world.schoolA(), curator);
        mentor(person, 2, true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sharedBank").value(true));
    }

    @Test
    void withdrawingTheConsentTakesThePersonOutOfBothBanks() throws Exception {
        String person = consented("Соколова");
        mentee(person, "[\"fgos\"]").andExpect(status().isOk());
        mentor(person, 1, false).andExpect(status().isOk());
        String consent = JsonPath.read(
                mvc.perform(get(base + "/consents").param("personId", person).with(user(curator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.content[0].id");
        mvc.perform(post(base + "/consents/" + consent + "/withdrawal")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + SchoolToday.date() + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(base + "/mentees").with(user(curator)))
                .andExpect(jsonPath("$.content.length()").value(0));
        mvc.perform(get(base + "/mentors").with(user(curator)))
                .andExpect(jsonPath("$.content.length()").value(0));
        mvc.perform(get(base + "/bank-history/" + person).with(user(curator)))
                .andExpect(jsonPath("$.asMentee[0].leftReason").value(containsString("отзыв")));
    }

    @Test
    void methodologistsSeeSharedMentorsOfTheirSchoolsAndOnlyCountsOfNeeds() throws Exception {
        NastavnikPrincipal curatorB = fixtures.user(Role.CURATOR, world.schoolB());
        String shared = consented("Орлова");
        consent(shared, ConsentPurpose.SHARED_BANK, world.schoolA(), curator);
        mentor(shared, 2, true).andExpect(status().isOk());
        String local = consented("Белова");
        mentor(local, 2, false).andExpect(status().isOk());
        String menteeB = teacher("Зайцева", world.schoolB(), curatorB);
        consent(menteeB, ConsentPurpose.PERSONAL_DATA, world.schoolB(), curatorB);
        mvc.perform(post("/api/v1/organisations/" + world.schoolB() + "/mentees")
                        .with(user(curatorB))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + menteeB
                                + "\",\"category\":\"YOUNG_SPECIALIST\",\"needs\":[\"exams\"]}"))
                .andExpect(status().isOk());

        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        String area = "/api/v1/organisations/" + world.municipality();
        mvc.perform(get(area + "/shared-mentors").with(user(methodologist)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].profile.fullName").value(containsString("Орлова")));
        mvc.perform(get(area + "/needs-summary").with(user(methodologist)))
                .andExpect(jsonPath("$['Подготовка к ГИА (ОГЭ, ЕГЭ)']").value(1));
        mvc.perform(get("/bank/shared")
                        .param("organisation", world.municipality().toString())
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Орлова")));
        mvc.perform(get("/bank/mentors").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Белова")));
        mvc.perform(get("/bank/mentees").param("need", "exams").with(user(curatorB)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Зайцева")));
        mvc.perform(get(area + "/shared-mentors").with(user(curator))).andExpect(status().isNotFound());
        mvc.perform(get(area + "/shared-mentors").with(user(fixtures.user(Role.SYSTEM_ADMIN, null))))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + "/mentors").with(user(methodologist))).andExpect(status().isNotFound());
    }

    @Test
    void bothBanksExportToExcel() throws Exception {
        String person = consented("Лебедева");
        mentee(person, "[\"fgos\"]").andExpect(status().isOk());
        var response = mvc.perform(get(base + "/mentees/export").with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        byte[] xlsx = response.getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.assertj.core.api.Assertions.assertThat(
                            workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("Требования ФГОС и ФОП");
            org.assertj.core.api.Assertions.assertThat(
                            workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Молодой специалист");
        }
        org.assertj.core.api.Assertions.assertThat(fileName(response.getHeader("Content-Disposition")))
                .isEqualTo("Банк наставляемых — Школа А " + world.tag() + ".xlsx");
        mentor(consented("Егорова"), 1, false).andExpect(status().isOk());
        var mentors = mvc.perform(get(base + "/mentors/export").with(user(curator)))
                .andReturn()
                .getResponse();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(mentors.getContentAsByteArray()))) {
            org.assertj.core.api.Assertions.assertThat(
                            workbook.getSheetAt(0).getRow(1).getCell(5).getStringCellValue())
                    .isEqualTo("Не обучен");
        }
        org.assertj.core.api.Assertions.assertThat(fileName(mentors.getHeader("Content-Disposition")))
                .isEqualTo("Банк наставников — Школа А " + world.tag() + ".xlsx");
    }

    @Test
    void theSchoolAddsToItsVocabularyAndSetsItsCapacityLimits() throws Exception {
        String topic = JsonPath.read(
                mvc.perform(post(base + "/topics")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"title\":\"Работа с одарёнными детьми\"}"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.code");
        mvc.perform(post(base + "/topics")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"работа с одарёнными детьми\"}"))
                .andExpect(status().isUnprocessableContent());
        String person = consented("Кириллова");
        mentee(person, "[\"" + topic + "\"]").andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(base + "/bank-settings")
                        .with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"defaultCapacity\":1,\"maxCapacity\":1}"))
                .andExpect(jsonPath("$.maxCapacity").value(1));
        mentor(person, 2, false).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/bank/persons/" + person).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Работа с одарёнными детьми")));
    }

    /** The name a browser saves the file under: RFC 5987's filename*, percent-encoded UTF-8. */
    static String fileName(String contentDisposition) {
        String encoded = contentDisposition.substring(contentDisposition.indexOf("filename*=UTF-8''") + 17);
        return java.net.URLDecoder.decode(encoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private ResultActions mentee(String person, String needs) throws Exception {
        return mvc.perform(post(base + "/mentees")
                .with(user(curator))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"personId\":\"" + person + "\",\"category\":\"YOUNG_SPECIALIST\",\"needs\":" + needs + "}"));
    }

    private ResultActions mentor(String person, int capacity, boolean shared) throws Exception {
        return mvc.perform(post(base + "/mentors")
                .with(user(curator))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":\"" + person + "\",\"competences\":[\"discipline\"],\"capacity\":" + capacity
                        + ",\"sharedBank\":" + shared + "}"));
    }

    private String consented(String lastName) {
        String person = teacher(lastName, world.schoolA(), curator);
        consent(person, ConsentPurpose.PERSONAL_DATA, world.schoolA(), curator);
        return person;
    }

    private String teacher(String lastName, OrganisationId school, NastavnikPrincipal by) {
        return staff.create(by, school, Fixtures.teacher(lastName, "Анна", "Сергеевна"))
                .id()
                .toString();
    }

    private void consent(String person, ConsentPurpose purpose, OrganisationId school, NastavnikPrincipal by) {
        consents.recordGiven(
                by, school, new GiveConsent(person, purpose, SchoolToday.date().minusDays(1), null, null));
    }
}
