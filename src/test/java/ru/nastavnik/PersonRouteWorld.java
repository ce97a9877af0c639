package ru.nastavnik;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.practices.PracticeShelf;
import ru.nastavnik.publishing.channels.PublicationPhotos;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.internal.QuestionnaireDetails;
import ru.nastavnik.survey.internal.QuestionnaireManagement;
import ru.nastavnik.training.internal.CourseDraft;
import ru.nastavnik.training.internal.ExternalCourses;

/**
 * The two schools the person-id walk asks about: school A with a mentor (paired, consented, trained on a course), an
 * unpaired mentee with her own account, and one of each of the records a route takes beside a person (a pair, a
 * consent, an event, a questionnaire, a publication's photo); school B with a mentor and a mentee in its banks, both
 * named {@link #STRANGER}, so that a leak of either shows as that name.
 */
@Component
class PersonRouteWorld {

    static final String STRANGER = "Чужакова";

    private final Fixtures fixtures;
    private final BankFixtures bank;
    private final Matching matching;
    private final ProposalApproval approval;
    private final ExternalCourses courses;
    private final StaffAccounts accounts;
    private final QuestionnaireManagement questionnaires;
    private final PublicationManagement publications;
    private final PublicationPhotos photos;
    private final JdbcTemplate jdbc;
    private final PracticeShelf practices;
    private final PersonRouteChains chains;

    PersonRouteWorld(
            Fixtures fixtures,
            BankFixtures bank,
            Matching matching,
            ProposalApproval approval,
            ExternalCourses courses,
            StaffAccounts accounts,
            QuestionnaireManagement questionnaires,
            PublicationManagement publications,
            PublicationPhotos photos,
            JdbcTemplate jdbc,
            PracticeShelf practices,
            PersonRouteChains chains) {
        this.fixtures = fixtures;
        this.bank = bank;
        this.matching = matching;
        this.approval = approval;
        this.courses = courses;
        this.accounts = accounts;
        this.questionnaires = questionnaires;
        this.publications = publications;
        this.photos = photos;
        this.jdbc = jdbc;
        this.practices = practices;
        this.chains = chains;
    }

    record Walk(
            Fixtures.World world,
            NastavnikPrincipal director,
            NastavnikPrincipal menteeAccount,
            PersonId mentor,
            PersonId mentee,
            PersonId theirMentor,
            PersonId theirMentee,
            Map<String, String> values,
            NastavnikPrincipal mentorAccount) {}

    Walk create(MockMvc mvc) throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, world.schoolA());
        PersonId mentor = bank.aMentor(director, world.schoolA(), "Наставникова")
                .consenting(ConsentPurpose.MENTORING_DUTIES)
                .enter();
        bank.aMentee(director, world.schoolA(), "Новикова").enter();
        String pair = pair(director, world);
        // entered after the pair was formed, so that she is still waiting: her suggestions are asked for
        PersonId mentee = bank.aMentee(director, world.schoolA(), "Ожидающая")
                .category(MenteeCategory.NEW_EMPLOYEE)
                .needs("fgos")
                .enter();
        NastavnikPrincipal menteeAccount = fixtures.user(Role.MENTEE, world.schoolA());
        accounts.link(director, world.schoolA(), mentee, menteeAccount.getUsername(), true);
        NastavnikPrincipal mentorAccount = fixtures.user(Role.MENTOR, world.schoolA());
        accounts.link(director, world.schoolA(), mentor, mentorAccount.getUsername(), true);
        String course = courses.record(
                        director,
                        world.schoolA(),
                        mentor,
                        new CourseDraft(
                                "ИРО", "Наставничество", 72, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 20)),
                        null,
                        null)
                .id()
                .toString();
        NastavnikPrincipal directorOfB = fixtures.user(Role.DIRECTOR, world.schoolB());
        PersonId theirMentor = bank.aMentor(directorOfB, world.schoolB(), STRANGER)
                .consenting(ConsentPurpose.MENTORING_DUTIES)
                .enter();
        PersonId theirMentee =
                bank.aMentee(directorOfB, world.schoolB(), STRANGER).enter();
        var questionnaire = questionnaires.create(
                director, world.schoolA(), "needs", new QuestionnaireDetails(null, null, null, false, null));
        questionnaires.open(director, questionnaire.id());
        PublicationId publication = publications
                .create(director, world.schoolA(), new PublicationDraft("Семинар", "<p>Семинар прошёл.</p>", List.of()))
                .publication()
                .id();
        String photo = photos.upload(director, publication, new ByteArrayInputStream(png()), "a.png")
                .id()
                .toString();
        String school = "/api/v1/organisations/" + world.schoolA();
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "OrganisationId", world.schoolA().toString(),
                "MentorshipId", pair,
                "ConsentId", consent(mentor),
                "EventId", event(mvc, director, world),
                "QuestionnaireId", questionnaire.id().toString(),
                "PublicationId", publication.toString(),
                "PhotoId", photo,
                "ActivityId", activity(mvc, director, world)));
        String mentorCourse = posted(mvc, director, school + "/mentor-courses/default", "{}");
        values.putAll(Map.of(
                "CourseId", course,
                "UserId", menteeAccount.id().value().toString(),
                "PracticeId",
                        practices
                                .proposed(world.schoolA(), "Практика", "Кратко")
                                .id()
                                .toString(),
                "MentorCourseId", JsonPath.read(mentorCourse, "$.id"),
                "CourseStepId", JsonPath.read(mentorCourse, "$.steps[0].id"),
                "MasteryCheckId", created(mvc, director, school + "/mastery-checks", "{\"title\":\"Проверка\"}"),
                "MaterialId", material(mvc, director, school),
                // a list's position, the first; a channel and a programme template by their names in the path
                "int", "0",
                "String:kind", "TELEGRAM",
                "String:category", "NEW_EMPLOYEE"));
        String check = values.get("MasteryCheckId");
        String activity = values.get("ActivityId");
        values.putAll(Map.of(
                "TokenId",
                        JsonPath.read(
                                posted(mvc, director, "/api/v1/tokens", "{\"name\":\"Обход\",\"validDays\":30}"),
                                "$.token.id"),
                "WishId",
                        created(
                                mvc,
                                director,
                                school + "/matching-wishes",
                                pairOf(mentee, mentor, "\"byMentee\":true")),
                "DecisionId",
                        located(mvc, director, school + "/matching-decisions", pairOf(mentee, mentor, "\"pin\":false")),
                "String:key", question(mvc, director, school + "/mastery-checks/" + check),
                "SupportId",
                        located(
                                mvc,
                                director,
                                school + "/supports",
                                "{\"personId\":\"" + mentee.value() + "\",\"kind\":\"CONSULTATION\"}"),
                "EvidenceDocumentId",
                        evidence(mvc, director, school + "/roadmap/activities/" + activity + "/documents")));
        values.putAll(chains.add(mvc, world, director, mentorAccount, mentee, mentorCourse));
        values.putAll(PersonRouteFiles.add(
                mvc, director, menteeAccount, mentorAccount, jdbc, world.schoolA(), values, mentor, mentee));
        values.put(
                "CampaignId",
                PersonRouteFiles.campaign(
                        mvc, fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality()), world.municipality()));
        values.put("String@/calendar/feeds/", PersonRouteFiles.calendarFeed(mvc, mentorAccount));
        // a notification of the director's (a copy of a letter to her), for the routes that open one
        java.util.UUID notification = java.util.UUID.randomUUID();
        jdbc.update(
                "insert into notification (id, user_id, subject, body, created_at) values (?, ?, ?, ?, now())",
                notification,
                director.id().value(),
                "Напоминание: мониторинг «Обход»",
                "Срок сдачи — 01.06.2027.");
        values.put("NotificationId", notification.toString());
        return new Walk(
                world, director, menteeAccount, mentor, mentee, theirMentor, theirMentee, values, mentorAccount);
    }

    /** The pair's programme, drafted as a curator would. */
    /** The walk's values and the pair's programme, drafted as a curator would (its routes take a ProgrammeId). */
    static Map<String, String> withProgramme(MockMvc mvc, Walk walk) throws Exception {
        Map<String, String> values = new java.util.HashMap<>(walk.values());
        values.put("ProgrammeId", programme(mvc, walk));
        return values;
    }

    /**
     * The pair's order registered, the programme of {@link #withProgramme} approved, and the mentor's confirmation of its first activity: a DOCX
     * that names her mentee, as a visited lesson's notes do. The confirmation's id.
     */
    static String evidence(MockMvc mvc, Walk walk, String order, String programme) throws Exception {
        // the pair's assignment order signed and registered: the pair at work, its programme worked through
        answered(
                "register",
                mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/organisations/"
                                        + walk.world().schoolA() + "/orders/" + order + "/register")
                                .file(new MockMultipartFile("scan", "prikaz.png", "image/png", png()))
                                .param("number", "17-од")
                                .param("orderDate", LocalDate.now().toString())
                                .with(user(walk.director())))
                        .andReturn());
        answered(
                "approve",
                mvc.perform(MockMvcRequestBuilders.post("/api/v1/programmes/" + programme + "/approve")
                                .with(user(walk.director())))
                        .andReturn());
        String view = mvc.perform(MockMvcRequestBuilders.get("/api/v1/programmes/" + programme)
                        .with(user(walk.mentorAccount())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String activity = JsonPath.read(view, "$.programme.activities[0].id");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Конспект посещённого урока. Учитель: Новикова");
            document.write(docx);
        }
        var answer = mvc.perform(MockMvcRequestBuilders.multipart(
                                "/api/v1/programmes/" + programme + "/activities/" + activity + "/evidence")
                        .file(new MockMultipartFile(
                                "file", "konspekt.docx", "application/octet-stream", docx.toByteArray()))
                        .param("title", "Конспект урока")
                        .with(user(walk.mentorAccount())))
                .andReturn();
        return JsonPath.read(answered("evidence", answer), "$.id");
    }

    private static String programme(MockMvc mvc, Walk walk) throws Exception {
        String answer = mvc.perform(MockMvcRequestBuilders.post(
                                "/api/v1/mentorships/" + walk.values().get("MentorshipId") + "/programme")
                        .with(user(walk.director())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(answer, "$.id");
    }

    private static String pairOf(PersonId mentee, PersonId mentor, String more) {
        return "{\"menteeId\":\"" + mentee.value() + "\",\"mentorId\":\"" + mentor.value() + "\"," + more + "}";
    }

    /** A decision or a support is recorded without an answer's body (204): its id is the end of its Location. */
    private static String located(MockMvc mvc, NastavnikPrincipal director, String path, String body) throws Exception {
        var answer = mvc.perform(MockMvcRequestBuilders.post(path)
                        .with(user(director))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
        answered(path, answer);
        String location = answer.getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A question of the mastery check, added on the check's version as a client would; its key. */
    private static String question(MockMvc mvc, NastavnikPrincipal director, String check) throws Exception {
        String etag = mvc.perform(MockMvcRequestBuilders.get(check).with(user(director)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        var answer = mvc.perform(MockMvcRequestBuilders.post(check + "/questions")
                        .with(user(director))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"SINGLE\",\"text\":\"Что такое ПНП?\",\"points\":1,\"options\":["
                                + "{\"key\":\"a\",\"label\":\"Программа\",\"correct\":true},"
                                + "{\"key\":\"b\",\"label\":\"Приказ\",\"correct\":false}]}"))
                .andReturn();
        return JsonPath.read(answered(check + "/questions", answer), "$.questions[0].key");
    }

    /** A scan uploaded to the roadmap's activity as its evidence. */
    private static String evidence(MockMvc mvc, NastavnikPrincipal director, String documents) throws Exception {
        var answer = mvc.perform(MockMvcRequestBuilders.multipart(documents)
                        .file(new MockMultipartFile(
                                "file",
                                "protocol.pdf",
                                "application/pdf",
                                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()))
                        .param("title", "Протокол совещания")
                        .param("date", SchoolToday.date().toString())
                        .with(user(director)))
                .andReturn();
        return JsonPath.read(answered(documents, answer), "$.id");
    }

    /** The id of what a POST of the API created, as a client reads it from the answer. */
    private static String created(MockMvc mvc, NastavnikPrincipal director, String path, String body) throws Exception {
        return JsonPath.read(posted(mvc, director, path, body), "$.id");
    }

    private static String posted(MockMvc mvc, NastavnikPrincipal director, String path, String body) throws Exception {
        return answered(
                path,
                mvc.perform(MockMvcRequestBuilders.post(path)
                                .with(user(director))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andReturn());
    }

    private static String material(MockMvc mvc, NastavnikPrincipal director, String school) throws Exception {
        return JsonPath.read(
                answered(
                        school + "/materials",
                        mvc.perform(MockMvcRequestBuilders.multipart(school + "/materials")
                                        .param("kind", "LINK")
                                        .param("title", "Памятка")
                                        .param("url", "https://example.org/pamyatka")
                                        .param("audiences", "MENTORS")
                                        .with(user(director)))
                                .andReturn()),
                "$.id");
    }

    private static String answered(String path, org.springframework.test.web.servlet.MvcResult answer)
            throws Exception {
        String text = answer.getResponse().getContentAsString();
        if (answer.getResponse().getStatus() >= 300) {
            throw new IllegalStateException("the walk's world: POST " + path + " answered "
                    + answer.getResponse().getStatus() + " " + text);
        }
        return text;
    }

    private String pair(NastavnikPrincipal director, Fixtures.World world) {
        var run = matching.run(director, world.schoolA(), null);
        return approval.approve(
                        director,
                        world.schoolA(),
                        List.of(run.proposals().get(0).id()),
                        "индивидуальная",
                        SchoolToday.date().plusDays(1),
                        SchoolToday.date().plusMonths(9))
                .get(0)
                .id()
                .toString();
    }

    private String consent(PersonId person) {
        return jdbc.queryForObject(
                "select id::text from consent where person_id = ? limit 1", String.class, person.value());
    }

    private static String event(MockMvc mvc, NastavnikPrincipal director, Fixtures.World world) throws Exception {
        String school = world.schoolA().toString();
        LocalDateTime start = LocalDateTime.now().plusDays(3).withNano(0);
        return JsonPath.read(
                mvc.perform(MockMvcRequestBuilders.post("/api/v1/organisations/" + school + "/events")
                                .with(user(director))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"kind\":\"CONSULTATION\",\"title\":\"К\",\"startsAt\":\"" + start
                                        + "\",\"endsAt\":\"" + start.plusHours(1) + "\",\"place\":\"Каб. 5\","
                                        + "\"schools\":[\"" + school + "\"]}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    /** An activity of the school's roadmap (its plan started by the addition), the one its edits are asked about. */
    private static String activity(MockMvc mvc, NastavnikPrincipal director, Fixtures.World world) throws Exception {
        return JsonPath.read(
                mvc.perform(MockMvcRequestBuilders.post(
                                        "/api/v1/organisations/" + world.schoolA() + "/roadmap/activities")
                                .with(user(director))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"stage\":1,\"content\":\"Совещание\",\"deadline\":\""
                                        + SchoolToday.date().plusDays(7) + "\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private static byte[] png() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
