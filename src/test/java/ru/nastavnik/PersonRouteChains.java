package ru.nastavnik;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.internal.RegulationOrders;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.DocumentMode;
import ru.nastavnik.publishing.internal.DocumentPart;
import ru.nastavnik.publishing.internal.PublicDocuments;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The records of the walk's school that only a chain of steps makes, as the school would make them: a mentor's
 * attempt at the default course's check (her account, the steps before it done, her answers with a free-text one for
 * the curator), the school's Telegram channel with a published news item's post and the post of the Regulation shown
 * in the school's section, and a waiting notice (a fitting mentor entering the bank after the waiting mentee).
 * Their values go under the type's name, and a value that only one route's path may take under
 * {@code Type@part of the path} (a document's post is not a news item's).
 */
@Component
class PersonRouteChains {

    /** The default course's check (steps[3]): two choices right, one wrong, a free text for the curator. */
    private static final String ANSWERS =
            "{\"answers\":{\"q1\":[\"o2\"],\"q2\":[\"o1\"],\"q3\":[\"o1\",\"o2\",\"o3\"],\"q4\":[\"Знакомство\"]}}";

    private static final String BOT_TOKEN = "123456789:AAH-test_token_0123456789abcdefghijk";

    private final BankFixtures bank;
    private final Listeners listeners;
    private final PublicSites sites;
    private final PublicationManagement publications;
    private final RegulationOrders regulations;
    private final OrderRegister orders;
    private final PublicDocuments documents;

    PersonRouteChains(
            BankFixtures bank,
            Listeners listeners,
            PublicSites sites,
            PublicationManagement publications,
            RegulationOrders regulations,
            OrderRegister orders,
            PublicDocuments documents) {
        this.bank = bank;
        this.listeners = listeners;
        this.sites = sites;
        this.publications = publications;
        this.regulations = regulations;
        this.orders = orders;
        this.documents = documents;
    }

    /** The chains' values; {@code course} the school's default mentor course as the API answered its creation. */
    Map<String, String> add(
            MockMvc mvc,
            Fixtures.World world,
            NastavnikPrincipal director,
            NastavnikPrincipal mentor,
            PersonId waiting,
            String course)
            throws Exception {
        OrganisationId school = world.schoolA();
        String api = "/api/v1/organisations/" + school;
        sites.choose(director, school, "walk-" + world.tag());
        send(
                mvc,
                director,
                HttpMethod.PUT,
                api + "/channels/TELEGRAM",
                "{\"enabled\":true,\"target\":\"@walk_school\",\"token\":\"" + BOT_TOKEN + "\"}");
        PublicationId news = publications
                .create(director, school, new PublicationDraft("Новость", "<p>Прошёл семинар.</p>", List.of()))
                .publication()
                .id();
        publications.publish(director, school, news);
        listeners.awaitCompletion();
        String newsPost = JsonPath.read(
                send(mvc, director, HttpMethod.GET, api + "/publications/" + news + "/deliveries", null), "$[0].id");
        OrderView regulation = regulation(director, school);
        String document = documents
                .choose(director, school, regulation.id(), DocumentPart.REGULATION, DocumentMode.NAMED)
                .id()
                .toString();
        String documentPost = JsonPath.read(
                send(
                        mvc,
                        director,
                        HttpMethod.POST,
                        api + "/public-documents/" + document + "/deliveries",
                        "{\"channels\":[\"TELEGRAM\"]}"),
                "$[0].id");
        return Map.of(
                // the Regulation's approval order is the one with appendices
                "OrderId@/appendices/",
                regulation.id().toString(),
                "CheckAttemptId",
                attempt(mvc, school, mentor, course),
                "PublicDocumentId",
                document,
                "PublicationId@/deliveries",
                news.toString(),
                "DeliveryId",
                newsPost,
                "DeliveryId@/public-documents/",
                documentPost,
                "NoticeId",
                notice(mvc, director, school, waiting));
    }

    /** Her attempt at the check, waiting for the curator: its free-text answer is not scored by itself. */
    private String attempt(MockMvc mvc, OrganisationId school, NastavnikPrincipal account, String course)
            throws Exception {
        String courses = "/api/v1/organisations/" + school + "/mentor-courses/" + JsonPath.read(course, "$.id");
        List<String> steps = JsonPath.read(course, "$.steps[*].id");
        for (String step : steps.subList(0, 3)) {
            send(mvc, account, HttpMethod.POST, courses + "/steps/" + step + "/done", "");
        }
        return JsonPath.read(
                send(mvc, account, HttpMethod.POST, courses + "/steps/" + steps.get(3) + "/check", ANSWERS), "$.id");
    }

    /** The Regulation's order, signed and registered, shown in the school's section. */
    private OrderView regulation(NastavnikPrincipal director, OrganisationId school) {
        OrderView order = regulations.draftRegulation(director, school, null, "Смирнову Ольгу Викторовну");
        orders.register(
                director,
                order.id(),
                "12-о",
                SchoolToday.date(),
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
        return order;
    }

    /** A mentor who covers the waiting mentee's need enters the bank after her: the curator is told. */
    private String notice(MockMvc mvc, NastavnikPrincipal director, OrganisationId school, PersonId waiting)
            throws Exception {
        bank.aMentor(director, school, "Подходящая")
                .competences("fgos")
                .places(2)
                .enter();
        listeners.awaitCompletion();
        String list = send(mvc, director, HttpMethod.GET, "/api/v1/organisations/" + school + "/waiting-mentees", null);
        List<String> notices =
                JsonPath.read(list, "$.content[?(@.personId == '" + waiting.value() + "')].notices[*].id");
        if (notices.isEmpty()) {
            throw new IllegalStateException("the walk's world: no notice for the waiting mentee in " + list);
        }
        return notices.get(0);
    }

    /** A request of the world's making; an answer other than a success stops the walk with what it said. */
    static String send(MockMvc mvc, NastavnikPrincipal who, HttpMethod method, String path, String body)
            throws Exception {
        var request = MockMvcRequestBuilders.request(method, path).with(user(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MvcResult answer = mvc.perform(request).andReturn();
        String text = answer.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        if (answer.getResponse().getStatus() >= 300) {
            throw new IllegalStateException("the walk's world: " + method + " " + path + " answered "
                    + answer.getResponse().getStatus() + " " + text);
        }
        return text;
    }
}
