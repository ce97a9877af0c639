package ru.nastavnik;

import static ru.nastavnik.PersonRouteChains.send;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The walk's documents that name its people, made through the API as a curator makes them: the pair's assignment
 * order, a batch of consent forms for the mentor (finished before the walk asks for its file), the waiting mentee's
 * invitation to the school's questionnaire, and which of the Regulation's documents a path names.
 */
final class PersonRouteFiles {

    private PersonRouteFiles() {}

    static Map<String, String> add(
            MockMvc mvc,
            NastavnikPrincipal director,
            NastavnikPrincipal menteeAccount,
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
        return Map.of(
                "OrderId",
                order,
                "String@forms/",
                forms(mvc, director, api, mentor),
                "String:document",
                "regulation",
                "InvitationId",
                invitations.get(0));
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
        for (int i = 0; i < 200; i++) {
            String status = JsonPath.read(
                    send(mvc, director, HttpMethod.GET, api + "/consents/forms/" + job + "/status", null), "$.status");
            if (status.equals("DONE")) {
                return job;
            }
            if (!status.equals("RUNNING")) {
                throw new IllegalStateException("the walk's world: the consent forms' batch ended " + status);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the walk's world: the consent forms' batch did not finish in 10 s");
    }
}
