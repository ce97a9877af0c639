package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.mentorship.DocumentTablesPdfTestsAccess;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The inspection package's document of the programmes' two-stage monitoring: a programme at its mid-point with both
 * check-ins, the curator's questionnaire and SWOT (stage 1), the mentee's self-assessment at the start and the end on
 * her two needs — discipline 2 → 4 (a deficit closed), parents 3 → 3 (a deficit still open): 1 of 2 — and an open
 * lesson (stage 2), read back from the DOCX; a period before the programme has no such document.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeMonitoringPackageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApprovedProgrammes approvedProgrammes;

    @Autowired
    Programmes programmes;

    @Autowired
    ProgrammeMonitoringResults results;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ru.nastavnik.Fixtures fixtures;

    static final String FILE = "08 Мониторинг/Результаты мониторинга программ наставничества.docx";

    NastavnikPrincipal curator;

    @Test
    void thePeriodsProgrammesGoIntoThePackageWithBothStagesAndTheSchoolsOwnNames() throws Exception {
        ApprovedProgrammes.Approved approved = approvedProgrammes.halfway(List.of("discipline", "parents"));
        var pair = approved.pair();
        UUID id = approved.programme().id();
        String quality = "/monitoring/programmes/" + id + "/quality";
        String impact = "/monitoring/programmes/" + id + "/impact";
        mvc.perform(post(quality + "/checkin")
                        .param("meetingsHeld", "4")
                        .param("progress", "Дисциплина лучше")
                        .param("satisfaction", "9")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post(quality + "/checkin")
                        .param("meetingsHeld", "4")
                        .param("progress", "Планы уроков проверены")
                        .param("difficulties", "Не хватает времени")
                        .param("satisfaction", "5")
                        .with(user(pair.mentor()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        String api = "/api/v1/programmes/" + id + "/quality";
        mvc.perform(put(api + "/curator-answers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"planFollowed\":4,\"pairInteraction\":5,\"supportSufficient\":3,\"conclusions\":\"Пара работает\"}")
                        .with(user(pair.curator())))
                .andExpect(status().isOk());
        mvc.perform(put(api + "/swot")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strengths\":\"Регулярные встречи\",\"threats\":\"Нагрузка наставника\"}")
                        .with(user(pair.curator())))
                .andExpect(status().isOk());
        mvc.perform(post(impact + "/start")
                        .param("score", "2", "3")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        // the final self-assessment opens a month before the planned end: the programme ends in 20 days now
        jdbc.update(
                "update programme set ends_on = ? where id = ?",
                ru.nastavnik.SchoolToday.date().plusDays(20),
                id);
        mvc.perform(post(impact + "/end")
                        .param("score", "4", "3")
                        .with(user(pair.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        LocalDate today = LocalDate.now(Dates.DEFAULT_ZONE);
        mvc.perform(post(impact + "/results")
                .param("kind", "OPEN_LESSON")
                .param("title", "Урок о дисциплине")
                .param("achievedOn", today.toString())
                .with(user(pair.curator()))
                .with(csrf()));
        var members = programmes.card(pair.curator(), id).pair().members();
        String mentor = members.stream()
                .filter(m -> m.role() == MemberRole.MENTOR)
                .findFirst()
                .orElseThrow()
                .fullName();
        String mentee = members.stream()
                .filter(m -> m.role() == MemberRole.MENTEE)
                .findFirst()
                .orElseThrow()
                .fullName();

        curator = pair.curator();
        String school = pair.school().toString();
        // signed by the curator as the requisites name her, initials first (as the annual report)
        fixtures.curatorNamed(pair.school(), "Исаева Ольга Петровна");
        // and by the head, her position and name as the requisites give them
        fixtures.requisites(
                pair.school(),
                r -> new Requisites(
                        r.address(),
                        r.inn(),
                        r.ogrn(),
                        r.website(),
                        new HeadName("Соколова", "Наталья", "Викторовна", Gender.FEMALE),
                        "директор",
                        r.declensionOverrides(),
                        r.headNameToCheck(),
                        r.founder(),
                        r.locality(),
                        r.curatorName(),
                        r.curatorPhone(),
                        r.mentoringPayment(),
                        r.mentorshipPage(),
                        r.socialPages()));
        byte[] document = file(school, today.minusDays(30), today, FILE);
        assertThat(document).isNotNull();
        String text = docx(document);
        assertThat(text)
                .contains(
                        "РЕЗУЛЬТАТЫ ДВУХЭТАПНОГО МОНИТОРИНГА",
                        "за период с " + Dates.DATE.format(today.minusDays(30)) + " по " + Dates.DATE.format(today),
                        "реализовывавшихся в периоде: 1.",
                        "Закрыто дефицитов: 1 из 2.",
                        approved.programme().title(),
                        mentor,
                        mentee,
                        // stage 1: both check-ins, the questionnaires' answers sorted, the curator's questionnaire, the
                        // SWOT
                        mentee + " (наставляемый)\t4\t9\tДисциплина лучше\t—",
                        mentor + " (наставник)\t4\t5\tПланы уроков проверены\tНе хватает времени",
                        "Слабые стороны\tНаставник, срез, трудности: Не хватает времени",
                        "\t4\t5\t3\tПара работает",
                        "\tРегулярные встречи\t—\t—\tНагрузка наставника",
                        // stage 2: deficits at the start and the end, the result
                        mentee + "\tДисциплина и мотивация на уроке\t2\t4\t2\tда",
                        mentee + "\tРабота с родителями\t3\t3\t0\tнет",
                        "Открытый урок (занятие) — Урок о дисциплине\t" + Dates.DATE.format(today),
                        "Куратор наставничества ____________________ О. П. Исаева",
                        "Директор ____________________ Н. В. Соколова")
                .doesNotContain("{{", "работник другой организации", "Соколова Наталья");
        String index = DocumentTablesPdfTestsAccess.pdfText(
                        file(school, today.minusDays(30), today, "00 Опись документов.pdf"))
                .replaceAll("\\s+", " ");
        assertThat(index).contains("Мониторинг: Результаты двухэтапного", "08 Мониторинг/Результаты");

        // the same school, a period that ended before the programme began: no such document
        assertThat(file(school, today.minusDays(300), today.minusDays(200), FILE))
                .isNull();
    }

    @Test
    void onlyTheSchoolsOwnPeopleAreNamed() {
        OrganisationId school = new OrganisationId(UUID.randomUUID());
        PersonId person = new PersonId(UUID.randomUUID());
        LocalDate day = LocalDate.of(2026, 9, 1);
        assertThat(results.name(
                        new MemberView(person, school, "Иванова Анна Петровна", MemberRole.MENTOR, day, null, null),
                        school))
                .isEqualTo("Иванова Анна Петровна");
        assertThat(results.name(
                        new MemberView(
                                person,
                                new OrganisationId(UUID.randomUUID()),
                                "Петрова Ольга Ивановна",
                                MemberRole.MENTOR,
                                day,
                                null,
                                null),
                        school))
                .isEqualTo("работник другой организации");
    }

    static String docx(byte[] docx) throws Exception {
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return text.getText();
        }
    }

    /** The package's file of that name, null when the archive has none. */
    private byte[] file(String school, LocalDate from, LocalDate to, String name) throws Exception {
        byte[] zip = mvc.perform(get("/api/v1/organisations/" + school + "/inspection-package.zip")
                        .param("from", from.toString())
                        .param("to", to.toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        return null;
    }
}
