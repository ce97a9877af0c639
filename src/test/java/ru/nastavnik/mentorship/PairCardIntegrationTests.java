package ru.nastavnik.mentorship;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.Programmes;

/** The list of pairs and a pair's card say whose pair it is and lead to its programme. */
@SpringBootTest
@AutoConfigureMockMvc
class PairCardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    Programmes programmes;

    @Test
    void aPairEndedByAWithdrawalIsListedWithItsNamesAndALinkToItsCard() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        String base = "/api/v1/organisations/" + pair.school();
        String mentor = ((List<String>) JsonPath.read(
                        mvc.perform(get(base + "/mentorships/" + pair.mentorship())
                                        .with(user(pair.curator())))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.members[?(@.role == 'MENTOR')].personId"))
                .get(0);
        String duties = ((List<String>) JsonPath.read(
                        mvc.perform(get(base + "/consents")
                                        .param("personId", mentor)
                                        .with(user(pair.curator())))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.content[?(@.purpose == 'MENTORING_DUTIES')].id"))
                .get(0);
        mvc.perform(post(base + "/consents/" + duties + "/withdrawal")
                        .with(user(pair.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + SchoolToday.date() + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(base + "/mentorships/" + pair.mentorship()).with(user(pair.curator())))
                .andExpect(jsonPath("$.status").value("TERMINATED"));

        mvc.perform(get("/mentorship/pairs").with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("href=\"/mentorship/pairs/" + pair.mentorship() + "\"><span>Морозова")))
                .andExpect(content().string(containsString("Соловьёва Вера Павловна")));
    }

    @Test
    void formingAPairByHandHasAPageOfItsOwnSoTheListDoesNotOfferBothBanks() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        mvc.perform(get("/mentorship/pairs").with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"mentorIds\""))))
                .andExpect(content()
                        .string(containsString("href=\"/mentorship/pairs/new?organisation=" + pair.school() + "\"")));
        mvc.perform(get("/mentorship/pairs/new").with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mentorIds\"")))
                .andExpect(content().string(containsString("Морозова")));
    }

    @Test
    void aPairsCardLinksToItsProgrammeAndOffersNoSecondOne() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        mvc.perform(get("/mentorship/pairs/" + pair.mentorship()).with(user(pair.curator())))
                .andExpect(content().string(containsString("id=\"create-programme\"")))
                .andExpect(content().string(not(containsString("id=\"pair-programme\""))));
        ProgrammeView programme = programmes.create(pair.curator(), pair.mentorship());

        mvc.perform(get("/mentorship/pairs/" + pair.mentorship()).with(user(pair.curator())))
                .andExpect(content().string(containsString("href=\"/mentorship/programmes/" + programme.id() + "\"")))
                .andExpect(content().string(not(containsString("id=\"create-programme\""))));
    }

    /** The first document of the art. 351.8 chain, printed from the pair's card with the pair's own terms. */
    @Test
    void thePairsCardPrintsTheMentorsConsentNamingTheMenteeTheFormAndTheTerm() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        String base = "/api/v1/organisations/" + pair.school();
        String mentor = ((List<String>) JsonPath.read(
                        mvc.perform(get(base + "/mentorships/" + pair.mentorship())
                                        .with(user(pair.curator())))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.members[?(@.role == 'MENTOR')].personId"))
                .get(0);
        String link = "/mentorship/pairs/" + pair.mentorship() + "/duties-consent?mentor=" + mentor;
        mvc.perform(get("/mentorship/pairs/" + pair.mentorship()).with(user(pair.curator())))
                .andExpect(content().string(containsString("href=\"" + link + "\"")));
        byte[] document = mvc.perform(get("/mentorship/pairs/" + pair.mentorship() + "/duties-consent")
                        .param("mentor", mentor)
                        .with(user(pair.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(document)))) {
            org.assertj.core.api.Assertions.assertThat(extractor.getText())
                    .contains("на выполнение обязанностей наставника")
                    .contains("в отношении Соловьёвой Веры Павловны")
                    .doesNotContain("в отношении ____");
        }
        mvc.perform(get("/mentorship/pairs/" + pair.mentorship() + "/duties-consent")
                        .param("mentor", mentor)
                        .with(user(pair.mentee())))
                .andExpect(status().is4xxClientError());

        // the consent and the agreement as PDFs too, on the page and through the API, for a packet to sign
        // (a new school's review, session 33: both answered 404)
        mvc.perform(get("/mentorship/pairs/" + pair.mentorship()).with(user(pair.curator())))
                .andExpect(content()
                        .string(containsString("href=\"/mentorship/pairs/" + pair.mentorship()
                                + "/duties-consent.pdf?mentor=" + mentor + "\"")))
                .andExpect(content()
                        .string(containsString("href=\"/mentorship/pairs/" + pair.mentorship()
                                + "/agreement.pdf?mentor=" + mentor + "\"")));
        for (String url : List.of(
                "/mentorship/pairs/" + pair.mentorship() + "/duties-consent.pdf",
                "/mentorship/pairs/" + pair.mentorship() + "/agreement.pdf",
                "/api/v1/organisations/" + pair.school() + "/mentorships/" + pair.mentorship() + "/duties-consent.pdf",
                "/api/v1/organisations/" + pair.school() + "/mentorships/" + pair.mentorship() + "/agreement.pdf")) {
            byte[] pdf = mvc.perform(get(url).param("mentor", mentor).with(user(pair.curator())))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                            .string("Content-Type", "application/pdf"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (var read = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper()
                                .getText(read)
                                .replaceAll("\\s+", " "))
                        .as(url)
                        .contains("Морозова");
            }
        }
        mvc.perform(get("/mentorship/pairs/" + pair.mentorship() + "/agreement.pdf")
                        .param("mentor", mentor)
                        .with(user(pair.mentee())))
                .andExpect(status().is4xxClientError());
    }

    /** Ids bind as typed ids: a malformed one is a record that does not exist (404), never a 400 or a 500. */
    @Test
    void aMalformedPairOrPersonIdIsNotFound() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        mvc.perform(get("/mentorship/pairs/not-a-uuid").with(user(pair.curator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mentorship/pairs/" + pair.mentorship() + "/agreement")
                        .param("mentor", "12345")
                        .with(user(pair.curator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + pair.school() + "/mentorships/not-a-uuid")
                        .with(user(pair.curator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mentorship/pairs/" + pair.mentorship()).with(user(pair.curator())))
                .andExpect(status().isOk());
    }
}
