package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.DocumentTablesPdfTestsAccess;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.internal.RegulationOrders;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.roadmap.internal.ActivityEdit;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.PlanView;
import ru.nastavnik.roadmap.internal.PlanView.ActivityView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.roadmap.internal.SchoolYear;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The roadmap document (appendix № 2 of the approval order) prints the school's own plan — its activities, «Сроки»
 * when the plan keeps them and «Ответственные» always (the person named, else the stage's roles) — the same in the order's appendix, on the roadmap
 * page, in the API and in the inspection package; a school that never opened its roadmap keeps the seven stages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapDocumentIntegrationTests {

    private static final SchoolYear THIS_YEAR = SchoolYear.of(SchoolToday.date());
    private static final List<String> THREE =
            List.of("№ п/п", "Наименование этапа", "Содержание деятельности и примерный план мероприятий");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    RegulationOrders regulations;

    @Autowired
    OrderRegister orders;

    @Autowired
    StaffManagement staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSchoolsPlanWithDeadlinesAndAResponsiblePersonIsTheDocumentsTableEverywhere() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        PlanView plan = plans.plan(curator, world.schoolA(), null).orElseThrow();
        String page = "/roadmap/documents/roadmap.docx?organisation=" + world.schoolA();

        // the first plan has the system's deadlines and no one named: who answers for each row by the stage's roles
        List<List<String>> dated = table(download(curator, page));
        assertThat(dated.get(0)).containsExactlyElementsOf(with(THREE, "Сроки", "Ответственные"));
        assertThat(dated.get(1))
                .containsExactly(
                        "1.1.",
                        "Подготовка условий для реализации системы наставничества",
                        "Разработка и утверждение приказом директора Положения о системе наставничества педагогических работников "
                                + "и дорожной карты его реализации",
                        "до "
                                + Dates.DATE.format(
                                        plan.stages().get(0).activities().get(0).deadline()),
                        "Директор, куратор наставничества");
        assertThat(dated.get(2)).element(1).isEqualTo("");
        // an activity's own role where it has one: consents are the curator's, not the director's
        assertThat(dated.get(2)).element(4).isEqualTo("Куратор наставничества");
        assertThat(dated.stream().skip(1).map(r -> r.get(4))).doesNotContain("");

        ActivityView support = plan.stages().get(4).activities().get(2);
        var psychologist = staff.create(curator, world.schoolA(), Fixtures.teacher("Психологова", "Ирина", "Павловна"))
                .id();
        LocalDate deadline = LocalDate.of(THIS_YEAR.startYear() + 1, 3, 15);
        plans.edit(
                curator,
                new ActivityId(support.id()),
                new ActivityEdit("Поддержка наставляемых без пары", deadline, psychologist),
                support.version());
        var order = regulations.draftRegulation(curator, world.schoolA(), null, "Смирнову Ольгу Викторовну");
        LocalDate today = SchoolToday.date();
        orders.register(
                curator,
                order.id(),
                "21-о",
                today,
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");

        List<String> expected = List.of(
                "5.3.",
                "",
                "Поддержка наставляемых без пары",
                "до " + Dates.DATE.format(deadline),
                "Психологова Ирина Павловна");
        String api = "/api/v1/organisations/" + world.schoolA();
        for (String url : List.of(
                page,
                "/mentorship/orders/" + order.id() + "/appendices/roadmap.docx",
                api + "/regulation/documents/roadmap.docx",
                api + "/orders/" + order.id() + "/appendices/roadmap.docx")) {
            List<List<String>> rows = table(download(curator, url));
            assertThat(rows.get(0)).as(url).containsExactlyElementsOf(with(THREE, "Сроки", "Ответственные"));
            assertThat(rows)
                    .as(url)
                    .contains(expected)
                    .hasSize(1
                            + plan.stages().stream()
                                    .mapToInt(s -> s.activities().size())
                                    .sum());
        }
        String pdf = flat(DocumentTablesPdfTestsAccess.pdfText(
                download(curator, "/roadmap/documents/roadmap.pdf?organisation=" + world.schoolA())));
        // pdftotext reads a table line by line across its cells: a name that wraps in its cell comes in pieces
        assertThat(pdf)
                .contains("к приказу от " + Dates.DATE.format(today) + " № 21-о")
                .contains("Сроки")
                .contains("Ответствен")
                .contains("15.03.")
                .contains("Психологова")
                .contains("Павловна");
        String packaged = flat(DocumentTablesPdfTestsAccess.pdfText(unzip(download(
                        curator,
                        "/roadmap/package.zip?organisation=" + world.schoolA() + "&from=" + today.minusDays(1) + "&to="
                                + today))
                .get("01 Положение и дорожная карта/Дорожная карта.pdf")));
        assertThat(packaged)
                .contains("Сроки")
                .contains("Ответствен")
                .contains("15.03.")
                .contains("Психологова")
                .contains("Павловна")
                .contains("Поддержка");
        // reading the names for the document is a read of personal data
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where organisation_id = ? and details = ?",
                        Long.class,
                        world.schoolA().value(),
                        "дорожная карта (документ): ответственные за мероприятия"))
                .isPositive();
    }

    @Test
    void aSchoolThatNeverOpenedItsRoadmapGetsTheSevenStagesWithWhoAnswersForEach() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolB());
        List<List<String>> rows =
                table(download(curator, "/roadmap/documents/roadmap.docx?organisation=" + world.schoolB()));

        assertThat(rows.get(0)).containsExactlyElementsOf(with(THREE, "Ответственные"));
        assertThat(rows.get(5).get(3)).isEqualTo("Куратор наставничества, наставники, наставляемые");
        assertThat(rows).hasSize(8);
        assertThat(rows.stream().skip(1).map(r -> r.get(0)).toList())
                .containsExactly("1.", "2.", "3.", "4.", "5.", "6.", "7.");
        assertThat(rows.get(7).get(1)).isEqualTo("Информационная поддержка системы наставничества");
        assertThat(jdbc.queryForObject(
                        "select count(*) from roadmap_plan where organisation_id = ?",
                        Long.class,
                        world.schoolB().value()))
                .as("a document never starts a plan")
                .isZero();
    }

    private byte[] download(NastavnikPrincipal caller, String url) throws Exception {
        return mvc.perform(get(url).with(user(caller)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The cells' text of the document's only table, row by row (the DOCX's XML as Word reads it). */
    private static List<List<String>> table(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getTables()).hasSize(1);
            XWPFTable table = document.getTables().get(0);
            return table.getRows().stream()
                    .map(r -> r.getTableCells().stream()
                            .map(XWPFTableCell::getText)
                            .map(String::strip)
                            .toList())
                    .toList();
        }
    }

    private static List<String> with(List<String> columns, String... more) {
        return java.util.stream.Stream.concat(columns.stream(), java.util.Arrays.stream(more))
                .toList();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
