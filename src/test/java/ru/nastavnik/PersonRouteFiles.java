package ru.nastavnik;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static ru.nastavnik.PersonRouteChains.send;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The walk's documents that name its people, made through the API as a curator makes them: the pair's assignment
 * order, a batch of consent forms for the mentor (finished before the walk asks for its file), the waiting mentee's
 * invitation to the school's questionnaire and her personal link to it, and which of the Regulation's documents a
 * path names.
 */
final class PersonRouteFiles {

    private PersonRouteFiles() {}

    static Map<String, String> add(
            MockMvc mvc,
            NastavnikPrincipal director,
            NastavnikPrincipal menteeAccount,
            NastavnikPrincipal mentorAccount,
            JdbcTemplate jdbc,
            OrganisationId school,
            Map<String, String> values,
            PersonId mentor,
            PersonId mentee)
            throws Exception {
        String api = "/api/v1/organisations/" + school;
        String order = JsonPath.read(
                send(
                        mvc,
                        director,
                        HttpMethod.POST,
                        api + "/orders",
                        "{\"mentorshipIds\":[\"" + values.get("MentorshipId") + "\"]}"),
                "$.id");
        send(
                mvc,
                director,
                HttpMethod.POST,
                api + "/questionnaires/" + values.get("QuestionnaireId") + "/invitations",
                "{\"personIds\":[\"" + mentee.value() + "\"]}");
        List<String> invitations = JsonPath.read(
                send(mvc, menteeAccount, HttpMethod.GET, "/api/v1/me/questionnaires", null), "$[*].invitationId");
        // her personal link, as the curator hands it out: a token that opens her questionnaire without signing in
        List<String> links = JsonPath.read(
                send(
                        mvc,
                        director,
                        HttpMethod.GET,
                        api + "/questionnaires/" + values.get("QuestionnaireId") + "/links",
                        null),
                "$[*].url");
        String token = links.get(0).substring(links.get(0).lastIndexOf('/') + 1);
        Map<String, String> files =
                new java.util.HashMap<>(certificates(mvc, jdbc, director, mentorAccount, school, mentor));
        files.putAll(Map.of(
                "String@/s/{token}",
                token,
                "String@/public/answers/",
                token,
                "OrderId",
                order,
                "String@forms/",
                forms(mvc, director, api, mentor),
                "String:document",
                "regulation",
                "InvitationId",
                invitations.get(0)));
        return files;
    }

    /**
     * A seminar of the school going on now, the mentor at it, marked held and its certificates printed: the event
     * (for the certificates' routes alone: the walk's other event is still to come) and the batch's id.
     */
    private static Map<String, String> certificates(
            MockMvc mvc,
            JdbcTemplate jdbc,
            NastavnikPrincipal director,
            NastavnikPrincipal mentorAccount,
            OrganisationId school,
            PersonId mentor)
            throws Exception {
        LocalDateTime start = LocalDate.now().plusDays(6).atTime(10, 0);
        String event = JsonPath.read(
                send(
                        mvc,
                        director,
                        HttpMethod.POST,
                        "/api/v1/organisations/" + school + "/events",
                        "{\"kind\":\"SEMINAR\",\"title\":\"Семинар наставников\",\"startsAt\":\"" + start
                                + "\",\"endsAt\":\"" + start.plusHours(2) + "\",\"place\":\"Каб. 5\","
                                + "\"schools\":[\"" + school + "\"]}"),
                "$.id");
        String events = "/api/v1/events/" + event;
        send(mvc, mentorAccount, HttpMethod.POST, events + "/registration", null);
        // it begins: the time moved as EventPeople.running does
        jdbc.update(
                "update event set starts_at = now() - interval '10 minutes', ends_at = now() + interval '1 hour'"
                        + " where id = ?::uuid",
                event);
        send(mvc, director, HttpMethod.PUT, events + "/attendance", "{\"present\":[\"" + mentor.value() + "\"]}");
        send(mvc, director, HttpMethod.POST, events + "/held", null);
        String job = JsonPath.read(send(mvc, director, HttpMethod.POST, events + "/certificates", null), "$.id");
        finished(mvc, director, events + "/certificates/" + job);
        return Map.of("EventId@/certificate", event, "String@/certificates/", job);
    }

    /** A batch of the mentor's consent forms, one file a person; its id once it is ready to download. */
    private static String forms(MockMvc mvc, NastavnikPrincipal director, String api, PersonId mentor)
            throws Exception {
        String job = JsonPath.read(
                send(
                        mvc,
                        director,
                        HttpMethod.POST,
                        api + "/consents/forms",
                        "{\"purpose\":\"PERSONAL_DATA\",\"personIds\":[\"" + mentor.value()
                                + "\"],\"format\":\"zip\"}"),
                "$.id");
        finished(mvc, director, api + "/consents/forms/" + job + "/status");
        return job;
    }

    /**
     * Waits for a batch to be printed (its status at {@code status}), as its page does; a failed one stops the walk.
     * Up to a minute: the batch may be the run's first PDF (fonts loaded, the renderer not yet compiled) on two busy
     * cores — a whole run once saw a one-certificate batch still at 0 of 1 after 10 s.
     */
    private static void finished(MockMvc mvc, NastavnikPrincipal who, String status) throws Exception {
        for (int i = 0; i < 1200; i++) {
            String now = JsonPath.read(send(mvc, who, HttpMethod.GET, status, null), "$.status");
            if (now.equals("DONE")) {
                return;
            }
            if (!now.equals("RUNNING")) {
                throw new IllegalStateException("the walk's world: " + status + " ended " + now);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the walk's world: " + status + " did not finish in a minute");
    }

    /**
     * A monitoring campaign of the school's municipality, opened by its methodologist as {@code CampaignWorld} does:
     * its board, its forms and the school's report to it (figures, no one's name).
     */
    static String campaign(MockMvc mvc, NastavnikPrincipal methodologist, OrganisationId municipality)
            throws Exception {
        MvcResult answer = mvc.perform(MockMvcRequestBuilders.post("/monitoring/campaigns")
                        .with(user(methodologist))
                        .with(csrf())
                        .param("organisation", municipality.toString())
                        .param("title", "Мониторинг наставничества")
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .param("deadline", "2026-06-01")
                        .param("orderNumber", "45-од")
                        .param("orderDate", "2026-05-15")
                        .param("indicators", "MENTORS"))
                .andReturn();
        String location = answer.getResponse().getRedirectedUrl();
        if (location == null || !location.matches(".*/monitoring/campaigns/[0-9a-f-]{36}")) {
            throw new IllegalStateException("the walk's world: no campaign opened, "
                    + answer.getResponse().getStatus() + " " + location);
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * A staff file checked in the director's {@code session} with its one row left out (a gender the school's file
     * got wrong): the import's token, under which the rows left out download in that session alone.
     */
    static String leftOut(MockMvc mvc, NastavnikPrincipal director, SessionCookie session, OrganisationId school)
            throws Exception {
        MvcResult upload = mvc.perform(MockMvcRequestBuilders.multipart("/people/staff/import")
                        .file(new MockMultipartFile(
                                "file",
                                "staff.csv",
                                "text/csv",
                                "ФИО;Пол;Должность\nТихонова Вера Олеговна;X;учитель\n"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .param("organisation", school.toString())
                        .with(session)
                        .with(user(director))
                        .with(csrf()))
                .andDo(session)
                .andReturn();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("/people/staff/import/([0-9a-f-]{36})")
                .matcher(upload.getResponse().getContentAsString(StandardCharsets.UTF_8));
        if (!token.find()) {
            throw new IllegalStateException("the walk's world: no import's preview, "
                    + upload.getResponse().getStatus());
        }
        mvc.perform(MockMvcRequestBuilders.post("/people/staff/import/" + token.group(1))
                        .with(session)
                        .with(user(director))
                        .with(csrf())
                        .param("action", "check")
                        .param("mapped_header", "1")
                        .param("header_row", "1")
                        .param("col_FULL_NAME", "0")
                        .param("col_GENDER", "1")
                        .param("col_POSITIONS", "2")
                        .param("skip_2", "on"))
                .andReturn();
        MvcResult rows = mvc.perform(MockMvcRequestBuilders.get("/people/staff/import/" + token.group(1) + "/left-out")
                        .with(session)
                        .with(user(director)))
                .andReturn();
        if (rows.getResponse().getStatus() != 200
                || !AnswerText.of(rows.getResponse().getContentAsByteArray()).contains("Тихонова")) {
            throw new IllegalStateException("the walk's world: no rows left out to download, "
                    + rows.getResponse().getStatus());
        }
        return token.group(1);
    }

    /** The teacher's personal calendar feed, issued on her calendar page: the token its address carries. */
    static String calendarFeed(MockMvc mvc, NastavnikPrincipal teacher) throws Exception {
        MvcResult answer = mvc.perform(MockMvcRequestBuilders.post("/events/calendar/feed")
                        .with(user(teacher))
                        .with(csrf()))
                .andReturn();
        String url = String.valueOf(answer.getFlashMap().get("feedUrl"));
        if (!url.endsWith(".ics")) {
            throw new IllegalStateException("the walk's world: no calendar feed issued, " + url);
        }
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }
}
