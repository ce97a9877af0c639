package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentReads;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.programme.ProgrammeDocumentIntegrationTests;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Stages 4–5 through the API: matching, approving proposals, the order and its registration, the pairs at work. */
@SpringBootTest
@AutoConfigureMockMvc
public class MatchingToOrderIntegrationTests {

    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

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
    BankManagement banks;

    @Autowired
    ru.nastavnik.organisation.OrganisationManagement organisations;

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
    void aSchoolThatAsksForTrainedMentorsOnlyGetsNoProposalOfAnUntrainedOneAndTheNextRunRemembersIt() throws Exception {
        String untrained = mentor("Кузнецова", List.of("discipline", "parents"), 2, true);
        String trained = person("Смирнов", List.of("учитель математики"));
        banks.saveMentor(
                curator,
                world.schoolA(),
                new MentorRequest(
                        trained,
                        List.of("discipline"),
                        null,
                        1,
                        List.of("традиционная (один на один)"),
                        null,
                        ru.nastavnik.bank.TrainingStatus.TRAINED,
                        false));
        consent(trained, ConsentPurpose.MENTORING_DUTIES);
        String mentee = mentee("Новикова", List.of("discipline", "parents"));

        // without the rule the better-covering, untrained mentor is proposed (and flagged on the page)
        mvc.perform(post(base + "/matching-runs").with(user(curator)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.proposals[0].mentorId").value(untrained));
        mvc.perform(post(base + "/matching-runs")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"onlyTrained\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.proposals.length()").value(1))
                .andExpect(jsonPath("$.proposals[0].menteeId").value(mentee))
                .andExpect(jsonPath("$.proposals[0].mentorId").value(trained))
                .andExpect(jsonPath("$.weights.onlyTrained").value(true));
        // a run without weights starts from the school's last choice
        mvc.perform(post(base + "/matching-runs").with(user(curator)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.proposals[0].mentorId").value(trained));
        mvc.perform(get("/matching/runs")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Предлагать только обученных наставников")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("checked")));
    }

    @Test
    void matchedProposalsBecomeActivePairsOnceTheOrderIsRegistered() throws Exception {
        String mentorA = mentor("Кузнецова", List.of("discipline", "parents"), 2, true);
        String mentorB = mentor("Смирнов", List.of("exams"), 1, true);
        String menteeA = mentee("Новикова", List.of("discipline"));
        String menteeB = mentee("Егоров", List.of("exams"));
        String run = mvc.perform(post(base + "/matching-runs").with(user(curator)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.proposals.length()").value(2))
                .andExpect(jsonPath("$.certificateValid").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(((Number) JsonPath.read(run, "$.totalScore")).longValue())
                .isEqualTo(((Number) JsonPath.read(run, "$.dualBound")).longValue());
        List<String> mentorOfA = JsonPath.read(run, "$.proposals[?(@.menteeId == '" + menteeA + "')].mentorId");
        assertThat(mentorOfA).containsExactly(mentorA);
        List<Integer> totals = JsonPath.read(run, "$.proposals[*].score");
        List<Integer> needs = JsonPath.read(run, "$.proposals[*].criteria.needs");
        assertThat(totals.get(0)).isGreaterThanOrEqualTo(needs.get(0));
        List<String> proposals = JsonPath.read(run, "$.proposals[*].id");

        String pairs = mvc.perform(post(base + "/proposals/approve")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"proposalIds\":[\"" + String.join("\",\"", proposals)
                                + "\"],\"form\":\"традиционная (один на один)\","
                                + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-05-31\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].status").value("PLANNED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> pairIds = JsonPath.read(pairs, "$[*].id");
        mvc.perform(get(base + "/mentors").param("freeCapacity", "1").with(user(curator)))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].personId").value(mentorA))
                .andExpect(jsonPath("$.content[0].load").value(1));
        mvc.perform(post(base + "/proposals/approve")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"proposalIds\":[\"" + proposals.get(0)
                                + "\"],\"form\":\"традиционная\",\"startsOn\":\"2026-12-01\","
                                + "\"endsOn\":\"2027-05-31\"}"))
                .andExpect(status().isUnprocessableContent());

        String order = JsonPath.read(
                mvc.perform(post(base + "/orders")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"mentorshipIds\":[\"" + String.join("\",\"", pairIds) + "\"]}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("DRAFT"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String text =
                docx(mvc.perform(get(base + "/orders/" + order + "/document").with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(text)
                .contains("ПРИКАЗ")
                .contains("О закреплении наставнических пар (групп)")
                .contains("ПРИКАЗЫВАЮ")
                .contains("Кузнецова Анна Сергеевна")
                .contains("Новикова Анна Сергеевна")
                .contains("01.12.2026 – 31.05.2027")
                .contains("Контроль за исполнением приказа оставляю за собой")
                .contains("С приказом ознакомлены");

        mvc.perform(multipart(base + "/orders/" + order + "/register")
                        .file(scan())
                        .param("number", "")
                        .param("orderDate", "2026-11-25")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("number"));
        mvc.perform(multipart(base + "/orders/" + order + "/register")
                        .file(scan())
                        .param("number", "45-о")
                        .param("orderDate", "2026-11-25")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"));
        mvc.perform(get(base + "/mentorships").with(user(curator)))
                .andExpect(jsonPath("$.content[?(@.status == 'ACTIVE')].id").value(org.hamcrest.Matchers.hasSize(2)));

        String agreement = docx(mvc.perform(get(base + "/mentorships/" + pairIds.get(0) + "/agreement")
                        .param("mentor", (String) JsonPath.read(pairs, "$[0].members[0].personId"))
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(agreement)
                .contains("ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ")
                .contains("статья 351.8")
                .containsAnyOf("Новиковой Анны Сергеевны, учителя", "Егорова Анны Сергеевны, учителя")
                .contains("не менее чем за три рабочих дня");
        String consent = docx(mvc.perform(get(base + "/mentorships/" + pairIds.get(0) + "/duties-consent")
                        .param("mentor", (String) JsonPath.read(pairs, "$[0].members[0].personId"))
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        // the consent of the art. 351.8 chain names whom, in which form and for how long (not a generic blank)
        assertThat(consent)
                .contains("на выполнение обязанностей наставника")
                .containsAnyOf(
                        "в отношении Новиковой Анны Сергеевны, учителя", "в отношении Егорова Анны Сергеевны, учителя")
                .contains("; форма наставничества — традиционная (один на один); срок — с 01.12.2026 по 31.05.2027.");
        mvc.perform(get(base + "/mentorships/" + pairIds.get(0) + "/duties-consent")
                        .param("mentor", (String) JsonPath.read(pairs, "$[0].members[1].personId"))
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent());
        String saved = mvc.perform(get(base + "/mentorships/" + pairIds.get(0) + "/agreement")
                        .param("mentor", (String) JsonPath.read(pairs, "$[0].members[0].personId"))
                        .with(user(curator)))
                .andReturn()
                .getResponse()
                .getHeader("Content-Disposition");
        assertThat(ProgrammeDocumentIntegrationTests.fileName(saved))
                .matches("Дополнительное соглашение о наставничестве — (Кузнецова|Смирнов) Анна Сергеевна\\.docx");
        assertThat(ProgrammeDocumentIntegrationTests.fileName(
                        mvc.perform(get(base + "/orders/" + order + "/document").with(user(curator)))
                                .andReturn()
                                .getResponse()
                                .getHeader("Content-Disposition")))
                .isEqualTo("Приказ № 45-о от 25.11.2026 о закреплении наставнических пар (групп).docx");
    }

    @Test
    void aPairWaitsForItsMentorsConsentToTheDutiesAndStartsWhenItArrives() throws Exception {
        String mentor = mentor("Лебедев", List.of("parents"), 1, false);
        String mentee = mentee("Орлова", List.of("parents"));
        String pair = JsonPath.read(
                mvc.perform(post(base + "/mentorships")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"mentorIds\":[\"" + mentor + "\"],\"menteeIds\":[\"" + mentee
                                        + "\"],\"form\":\"групповая\","
                                        + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-06-30\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String order = JsonPath.read(
                mvc.perform(post(base + "/orders")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"mentorshipIds\":[\"" + pair + "\"]}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(multipart(base + "/orders/" + order + "/register")
                        .file(scan())
                        .param("number", "7")
                        .param("orderDate", "2026-11-25")
                        .with(user(curator)))
                .andExpect(status().isOk());
        mvc.perform(get(base + "/mentorships/" + pair).with(user(curator)))
                .andExpect(jsonPath("$.status").value("PLANNED"));
        consent(mentor, ConsentPurpose.MENTORING_DUTIES);
        mvc.perform(get(base + "/mentorships/" + pair).with(user(curator)))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(post(base + "/mentorships/" + pair + "/terminate")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"initiator\":\"EMPLOYER\",\"noticeOn\":\""
                                + SchoolToday.date().minusDays(2) + "\",\"effectiveOn\":\""
                                + SchoolToday.date().minusDays(1) + "\",\"reason\":\"реорганизация\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("рабочих дня")));
        consents.withdraw(
                curator,
                world.schoolA(),
                ru.nastavnik.consent.ConsentId.of(consentOf(mentor, ConsentPurpose.MENTORING_DUTIES)),
                SchoolToday.date(),
                "отказ");
        mvc.perform(get(base + "/mentorships/" + pair).with(user(curator)))
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.endInitiator").value("MENTOR"));
        String ending = JsonPath.read(
                mvc.perform(post(base + "/orders/termination")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"mentorshipIds\":[\"" + pair + "\"]}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        assertThat(docx(mvc.perform(
                                get(base + "/orders/" + ending + "/document").with(user(curator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))
                .contains("О досрочном прекращении наставничества")
                .contains("Лебедев Анна Сергеевна")
                .contains("отзыв наставником согласия на выполнение обязанностей наставника");
    }

    @Test
    void theOrderApprovingTheRegulationAppointsTheCuratorAndIsRegisteredLikeAnyOther() throws Exception {
        person("Исаева", List.of("учитель истории"));
        mvc.perform(post(base + "/orders/regulation")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("curator"));
        String order = JsonPath.read(
                mvc.perform(post(base + "/orders/regulation")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"curator\":\"заместителя директора Исаеву Анну Сергеевну\"}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.kind").value("REGULATION"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String text =
                docx(mvc.perform(get(base + "/orders/" + order + "/document").with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(text)
                .contains("Об утверждении Положения о системе наставничества")
                .contains("273-ФЗ")
                .contains("1264-р")
                .contains(
                        "Назначить куратором реализации программ наставничества заместителя директора Исаеву Анну Сергеевну")
                .contains("Исаева Анна Сергеевна")
                .contains("учитель истории");
        mvc.perform(multipart(base + "/orders/" + order + "/register")
                        .file(scan())
                        .param("number", "1-о")
                        .param("orderDate", "2026-09-01")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"));
        assertThat(ProgrammeDocumentIntegrationTests.fileName(
                        mvc.perform(get("/mentorship/orders/" + order + "/scan").with(user(curator)))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getHeader("Content-Disposition")))
                .isEqualTo(
                        "Приказ № 1-о от 01.09.2026 об утверждении Положения о системе наставничества педагогических "
                                + "работников и дорожной карты — скан.pdf");
    }

    @Test
    void theOrdersPageSaysWhichRequisitesTheDocumentsWouldLeaveBlankUntilTheyAreFilled() throws Exception {
        mvc.perform(get("/mentorship/orders")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"missing-requisites\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Место издания приказов;")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Телефон куратора;")));
        var director = fixtures.user(Role.DIRECTOR, world.schoolA());
        long version = organisations.get(director, world.schoolA()).version();
        organisations.updateRequisites(
                director,
                world.schoolA(),
                new ru.nastavnik.organisation.Requisites(
                                "г. Энск, ул. Школьная, 1",
                                null,
                                null,
                                null,
                                new ru.nastavnik.organisation.HeadName(
                                        "Морозова", "Татьяна", "Викторовна", ru.nastavnik.shared.Gender.FEMALE),
                                "Директор")
                        .withDocumentDetails(
                                null,
                                "г. Энск",
                                "Исаева Анна Сергеевна",
                                "8 (8442) 12-34-56",
                                "15 процентов оклада",
                                "https://school.example.ru/nastavnichestvo",
                                null),
                version);
        mvc.perform(get("/mentorship/orders")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("missing-requisites"))));
    }

    @Test
    void aCuratorChosenFromTheStaffIsAppointedWithHerPositionAndNameInTheAccusative() throws Exception {
        String deputy = person("Исаева", List.of("заместитель директора по учебно-воспитательной работе"));
        person("Петрова", List.of("учитель истории"));
        mvc.perform(get("/mentorship/orders")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + deputy + "\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Петрова Анна"))));

        String order = JsonPath.read(
                mvc.perform(post(base + "/orders/regulation")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"curatorId\":\"" + deputy + "\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String text =
                docx(mvc.perform(get(base + "/orders/" + order + "/document").with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());

        assertThat(text)
                .contains("Назначить куратором реализации программ наставничества заместителя директора по "
                        + "учебно-воспитательной работе Исаеву Анну Сергеевну");
        mvc.perform(post(base + "/orders/regulation")
                        .with(user(fixtures.user(Role.CURATOR, world.schoolB())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"curatorId\":\"" + deputy + "\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOrderWhosePairEndedSinceItWasPrintedIsNotRegistered() throws Exception {
        String mentor = mentor("Титова", List.of("parents"), 1, true);
        String mentee = mentee("Карпова", List.of("parents"));
        String pair = JsonPath.read(
                mvc.perform(post(base + "/mentorships")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"mentorIds\":[\"" + mentor + "\"],\"menteeIds\":[\"" + mentee
                                        + "\"],\"form\":\"групповая\","
                                        + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-06-30\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String order = JsonPath.read(
                mvc.perform(post(base + "/orders")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"mentorshipIds\":[\"" + pair + "\"]}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post(base + "/mentorships/" + pair + "/terminate")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"initiator\":\"MENTOR\",\"reason\":\"передумала\"}"))
                .andExpect(status().isOk());
        mvc.perform(multipart(base + "/orders/" + order + "/register")
                        .file(scan())
                        .param("number", "8")
                        .param("orderDate", "2026-11-25")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("новый приказ")));
    }

    @Test
    void aMentorsCapacityHoldsInMatchingAndByHandAndTheUnmatchedAreListedWithTheReason() throws Exception {
        String mentor = mentor("Зуева", List.of("discipline", "inclusion"), 1, true);
        String first = mentee("Жукова", List.of("discipline", "exams"));
        String second = mentee("Маслов", List.of("discipline", "inclusion"));
        String third = mentee("Фомина", List.of("projects"));
        String run = mvc.perform(
                        post(base + "/matching-runs")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"needs\":50,\"subject\":0,\"experience\":0,\"locality\":0,\"form\":0,\"wishes\":0,\"load\":0}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(run, "$.proposals[*].menteeId")).containsExactly(second);
        assertThat((List<String>) JsonPath.read(run, "$.unmatched[?(@.menteeId == '" + first + "')].reason"))
                .containsExactly("LOST_TO_OTHERS");
        assertThat((List<String>) JsonPath.read(run, "$.unmatched[?(@.menteeId == '" + third + "')].reason"))
                .containsExactly("NOBODY_COVERS_NEEDS");
        mvc.perform(post(base + "/mentorships")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorIds\":[\"" + mentor + "\"],\"menteeIds\":[\"" + first + "\",\"" + second
                                + "\"],\"form\":\"групповая\","
                                + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-06-30\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("свободных мест")));
        mvc.perform(get(base + "/mentees/" + first + "/suggestions").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].mentorId").value(mentor))
                .andExpect(jsonPath("$[0].criteria.coveredNeeds").value(1))
                .andExpect(jsonPath("$[0].criteria.needCount").value(2));
        mvc.perform(get(base + "/mentees/" + mentor + "/suggestions").with(user(curator)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "/matching-decisions")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"menteeId\":\"" + first + "\",\"mentorId\":\"" + mentor + "\",\"pin\":true}"))
                .andExpect(status().isNoContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Location", org.hamcrest.Matchers.startsWith(base + "/matching-decisions/")));
        mvc.perform(post(base + "/matching-runs").with(user(curator)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.proposals[0].menteeId").value(first))
                .andExpect(jsonPath("$.proposals[0].pinned").value(true));
        mvc.perform(post(base + "/mentorships")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorIds\":[\"" + mentor + "\"],\"menteeIds\":[\"" + second
                                + "\"],\"form\":\"групповая\","
                                + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-06-30\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post(base + "/matching-runs").with(user(curator)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.proposals.length()").value(0))
                .andExpect(jsonPath("$.unmatched[?(@.menteeId == '" + first + "')].reason")
                        .value(org.hamcrest.Matchers.contains("NO_FREE_CAPACITY")));
    }

    private String mentor(String lastName, List<String> competences, int capacity, boolean duties) {
        String person = person(lastName, List.of("учитель математики"));
        banks.saveMentor(
                curator,
                world.schoolA(),
                new MentorRequest(
                        person,
                        competences,
                        null,
                        capacity,
                        List.of("традиционная (один на один)"),
                        null,
                        null,
                        false));
        if (duties) {
            consent(person, ConsentPurpose.MENTORING_DUTIES);
        }
        return person;
    }

    private String mentee(String lastName, List<String> needs) {
        String person = person(lastName, List.of("учитель"));
        banks.saveMentee(
                curator,
                world.schoolA(),
                new MenteeRequest(person, MenteeCategory.YOUNG_SPECIALIST, null, needs, null));
        return person;
    }

    private String person(String lastName, List<String> positions) {
        StaffData t = Fixtures.teacher(lastName, "Анна", "Сергеевна");
        Gender gender = lastName.endsWith("а") ? Gender.FEMALE : Gender.MALE;
        String person = staff.create(
                        curator,
                        world.schoolA(),
                        new StaffData(
                                t.lastName(),
                                t.firstName(),
                                t.middleName(),
                                gender,
                                t.birthDate(),
                                null,
                                positions,
                                t.subjects(),
                                12,
                                10,
                                t.qualificationCategory(),
                                null,
                                null,
                                null,
                                null))
                .id()
                .toString();
        consent(person, ConsentPurpose.PERSONAL_DATA);
        return person;
    }

    private void consent(String person, ConsentPurpose purpose) {
        consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(person, purpose, SchoolToday.date().minusDays(1), null, null));
    }

    private String consentOf(String person, ConsentPurpose purpose) {
        return consentReads.ofPerson(curator, world.schoolA(), ru.nastavnik.people.PersonId.of(person)).stream()
                .filter(c -> c.purpose() == purpose && c.status() == ru.nastavnik.consent.ConsentStatus.GIVEN)
                .findFirst()
                .orElseThrow()
                .id()
                .toString();
    }

    private static MockMultipartFile scan() {
        return new MockMultipartFile("scan", "order.pdf", "application/pdf", PDF);
    }

    private static String docx(byte[] bytes) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
