package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.bank.BankCapacities;
import ru.nastavnik.mentorship.MatchingToOrderIntegrationTests;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The Regulation and the roadmap as the real appendices of the stage-1 order, and the Regulation's versions: each
 * approved by its own order, never twice; the current one the latest approved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegulationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankCapacities capacities;

    @Autowired
    RegulationVersionManagement versions;

    @Autowired
    OrderManagement orders;

    @Autowired
    ru.nastavnik.documents.DocumentTemplates templates;

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
    void theApprovalOrdersDocumentCarriesTheRegulationAndTheRoadmapAsItsAppendices() throws Exception {
        capacities.capacityLimits(curator, world.schoolA(), 2, 4, 0L);
        String order = draft("{\"curator\":\"заместителя директора Исаеву Анну Сергеевну\"}");
        register(order, "7-о", "2026-09-01").andExpect(status().isOk());

        String text = flat(DocumentWordingTests.text(download(base + "/orders/" + order + "/document")));
        assertThat(text)
                .containsSubsequence(
                        "ПРИКАЗ",
                        "Утвердить Положение о системе наставничества педагогических работников " + "(приложение № 1)",
                        "С приказом ознакомлены",
                        "Приложение № 1",
                        "к приказу от 01.09.2026 № 7-о",
                        "УТВЕРЖДЕНО",
                        "ПОЛОЖЕНИЕ",
                        "(редакция № 1)",
                        "не более 4 наставляемых",
                        "Приложение № 2",
                        "к приказу от 01.09.2026 № 7-о",
                        "Дорожная карта",
                        "7. Информационная поддержка системы наставничества");

        String pdf = flat(pdfText(download(base + "/orders/" + order + "/document.pdf")));
        assertThat(pdf)
                .containsSubsequence("ПРИКАЗ", "Приложение № 1", "ПОЛОЖЕНИЕ", "Приложение № 2", "Дорожная карта");
    }

    @Test
    void eachAppendixDownloadsOnItsOwnFromTheOrdersPageTheRoadmapPageAndTheApi() throws Exception {
        String order = draft("{\"curator\":\"заместителя директора Исаеву Анну Сергеевну\"}");
        String regulation = flat(
                DocumentWordingTests.text(download("/mentorship/orders/" + order + "/appendices/regulation.docx")));
        assertThat(regulation)
                .contains("Приложение № 1")
                .contains("к приказу от «____» ______________ 20___ г. № ______")
                .contains("ПОЛОЖЕНИЕ")
                .doesNotContain("Дорожная карта (план мероприятий) по реализации");
        assertThat(flat(pdfText(download("/mentorship/orders/" + order + "/appendices/roadmap.pdf"))))
                .contains("Приложение № 2")
                .contains("Наименование")
                .contains("Ответственные");
        assertThat(flat(pdfText(download(base + "/orders/" + order + "/appendices/roadmap.pdf"))))
                .contains("Дорожная карта");
        register(order, "3-о", "2026-08-28").andExpect(status().isOk());

        assertThat(flat(DocumentWordingTests.text(
                        download("/roadmap/documents/roadmap.docx?organisation=" + world.schoolA()))))
                .contains("к приказу от 28.08.2026 № 3-о")
                .contains("Наименование этапа");
        assertThat(flat(pdfText(download(base + "/regulation/documents/regulation.pdf"))))
                .contains("от 28.08.2026 № 3-о")
                .contains("ПОЛОЖЕНИЕ");
        mvc.perform(get("/mentorship/orders/" + order + "/appendices/charter.docx")
                        .with(user(curator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/roadmap")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/roadmap/documents/regulation.pdf")));
        mvc.perform(get("/mentorship/orders")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "/mentorship/orders/" + order + "/appendices/roadmap.docx")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Редакция № 1: утверждена приказом № 3-о от 28.08.2026")));
    }

    @Test
    void aVersionOfTheRegulationIsApprovedOnceAndTheCurrentOneIsTheLatestApproved() throws Exception {
        String first = draft("{\"curator\":\"Исаеву Анну Сергеевну\"}");
        String version = JsonPath.read(
                mvc.perform(get(base + "/regulation/versions").with(user(curator)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.length()").value(1))
                        .andExpect(jsonPath("$[0].number").value(1))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[0].id");
        // a second draft order for the same version, e.g. after the first was lost before signing
        String again = draft("{\"curator\":\"Исаеву Анну Сергеевну\",\"regulationVersionId\":\"" + version + "\"}");
        register(first, "1-о", "2026-09-01").andExpect(status().isOk());

        register(again, "2-о", "2026-09-02")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("regulationVersion"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(
                                "Редакция № 1 Положения уже утверждена приказом № 1-о от 01.09.2026: изменённое Положение "
                                        + "утверждается как новая редакция новым приказом."));
        assertThat(orders.get(curator, java.util.UUID.fromString(again)).status())
                .isEqualTo(OrderStatus.DRAFT);
        mvc.perform(post(base + "/orders/regulation")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"curator\":\"Исаеву Анну Сергеевну\",\"regulationVersionId\":\"" + version + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("regulationVersionId"));

        String second = draft("{\"curator\":\"Исаеву Анну Сергеевну\"}");
        assertThat(versions.current(curator, world.schoolA()))
                .get()
                .extracting(RegulationVersionView::number)
                .isEqualTo(1);
        register(second, "9-о", "2026-11-16").andExpect(status().isOk());
        assertThat(versions.current(curator, world.schoolA()))
                .get()
                .extracting(RegulationVersionView::number)
                .isEqualTo(2);
        assertThat(flat(DocumentWordingTests.text(download(base + "/regulation/documents/regulation.docx"))))
                .contains("(редакция № 2)")
                .contains("от 16.11.2026 № 9-о");
    }

    @Test
    void anApprovedVersionKeepsItsTextWhenTheSettingsChangeAndTheNextVersionStatesTheNewOnes() throws Exception {
        capacities.capacityLimits(curator, world.schoolA(), 2, 3, 0L);
        String first = draft("{\"curator\":\"Исаеву Анну Сергеевну\"}");
        register(first, "4-о", "2026-09-01").andExpect(status().isOk());
        capacities.capacityLimits(curator, world.schoolA(), 1, 5, 1L);

        assertThat(flat(DocumentWordingTests.text(
                        download("/mentorship/orders/" + first + "/appendices/regulation.docx"))))
                .contains("не более 3 наставляемых")
                .doesNotContain("не более 5 наставляемых");
        String next = draft("{\"curator\":\"Исаеву Анну Сергеевну\"}");
        assertThat(flat(DocumentWordingTests.text(
                        download("/mentorship/orders/" + next + "/appendices/regulation.docx"))))
                .contains("(редакция № 2)")
                .contains("не более 5 наставляемых");
    }

    @Test
    void aSchoolsOwnRoadmapTemplateReplacesTheBuiltInOneInTheOrderAndAlone() throws Exception {
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, world.schoolA());
        byte[] own = ru.nastavnik.documents.TemplateBuilder.a4()
                .right("{{appendix.title}}")
                .right("к приказу от {{approval.date}} № {{approval.number}}")
                .centered("План мероприятий нашей школы на {{organisation.shortName}}", true)
                .table(
                        new int[] {20, 145},
                        java.util.List.of("Этап", "Что делаем"),
                        "stages",
                        java.util.List.of("{{item.number}}", "{{item.title}}"))
                .build();
        templates.upload(
                director,
                world.schoolA(),
                RegulationTemplates.ROADMAP,
                new java.io.ByteArrayInputStream(own),
                "план.docx",
                0L);
        String order = draft("{\"curator\":\"Исаеву Анну Сергеевну\"}");

        assertThat(flat(DocumentWordingTests.text(download(base + "/orders/" + order + "/appendices/roadmap.docx"))))
                .contains("План мероприятий нашей школы")
                .contains("7. Информационная поддержка системы наставничества")
                .doesNotContain("Содержание деятельности");
        assertThat(flat(DocumentWordingTests.text(download(base + "/orders/" + order + "/document"))))
                .containsSubsequence("ПОЛОЖЕНИЕ", "Приложение № 2", "План мероприятий нашей школы");
    }

    @Test
    void theOrdersPageDraftsTheApprovalOrderOfANewVersionByDefault() throws Exception {
        mvc.perform(post("/mentorship/orders/regulation")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", world.schoolA().toString())
                        .param("curator", "Исаеву Анну Сергеевну"))
                .andExpect(status().is3xxRedirection());
        assertThat(versions.list(curator, world.schoolA())).hasSize(1);
    }

    private String draft(String body) throws Exception {
        return JsonPath.read(
                mvc.perform(post(base + "/orders/regulation")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private org.springframework.test.web.servlet.ResultActions register(String order, String number, String date)
            throws Exception {
        return mvc.perform(multipart(base + "/orders/" + order + "/register")
                .file(new MockMultipartFile(
                        "scan", "order.pdf", "application/pdf", MatchingToOrderIntegrationTests.PDF))
                .param("number", number)
                .param("orderDate", date)
                .with(user(curator)));
    }

    private byte[] download(String url) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        return DocumentTablesPdfTests.pdfText(pdf);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
