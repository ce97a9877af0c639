package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The invited get a letter carrying the event as METHOD:REQUEST; a change follows with the SEQUENCE raised under the
 * same UID, a cancellation as METHOD:CANCEL with STATUS:CANCELLED — each parsed back by ical4j as a mail client would.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventInvitationMailTests {

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(new ServerSetup(53025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    static Calendar attachedCalendar(MimeMessage letter) throws Exception {
        Multipart parts = (Multipart) letter.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    return new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        throw new AssertionError("no text/calendar part in " + letter.getSubject());
    }

    static String value(Calendar calendar, String property) {
        VEvent event = calendar.<VEvent>getComponents(VEvent.VEVENT).get(0);
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    static MimeMessage letter(String to, String subjectStart) throws Exception {
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().startsWith(subjectStart)) {
                return m;
            }
        }
        throw new AssertionError("no letter «" + subjectStart + "…» to " + to);
    }

    PersonId teacher(NastavnikPrincipal curator, Fixtures.World w, String lastName, String email) {
        StaffData data = Fixtures.teacher(lastName, "Нина", "Павловна");
        return staff.create(
                        curator,
                        w.schoolA(),
                        new StaffData(
                                data.lastName(),
                                data.firstName(),
                                data.middleName(),
                                data.gender(),
                                data.birthDate(),
                                null,
                                data.positions(),
                                data.subjects(),
                                3,
                                3,
                                null,
                                null,
                                null,
                                email,
                                null))
                .id();
    }

    @Test
    void anInvitationCarriesARequestAChangeRaisesTheSequenceAndACancellationCancels() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        PersonId invited = teacher(curator, w, "Лебедева", "lebedeva@school.test");
        PersonId dropped = teacher(curator, w, "Соколова", "sokolova@school.test");
        LocalDateTime start = LocalDateTime.now().plusDays(5).truncatedTo(ChronoUnit.HOURS);
        String body = """
                {"kind":"CONSULTATION","title":"Консультация для наставников","startsAt":"%s","endsAt":"%s","place":"Кабинет 12",
                 "people":[%s]}""";
        String event = JsonPath.read(
                mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body.formatted(
                                        start, start.plusHours(1), "\"" + invited + "\",\"" + dropped + "\"")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        assertThat(mail.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage invitation = letter("lebedeva@school.test", "Приглашение: Консультация для наставников");
        Calendar request = attachedCalendar(invitation);
        assertThat(request.validate().hasErrors())
                .as(request.validate().getEntries().toString())
                .isFalse();
        assertThat(request.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        assertThat(value(request, Property.UID)).isEqualTo(event + "@nastavnik");
        assertThat(value(request, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(request, Property.ATTENDEE))
                .as("each letter names only its addressee")
                .isEqualTo("mailto:lebedeva@school.test");
        assertThat(value(request, Property.ORGANIZER)).startsWith("mailto:");
        assertThat(value(attachedCalendar(letter("sokolova@school.test", "Приглашение:")), Property.ATTENDEE))
                .isEqualTo("mailto:sokolova@school.test");

        String etag = mvc.perform(get("/api/v1/events/" + event).with(user(curator)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/events/" + event)
                        .with(user(curator))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(start.plusHours(2), start.plusHours(3), "\"" + invited + "\"")))
                .andExpect(status().isOk());
        assertThat(mail.waitForIncomingEmail(10_000, 4)).isTrue();
        Calendar changed = attachedCalendar(letter("lebedeva@school.test", "Изменено:"));
        assertThat(changed.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        assertThat(value(changed, Property.UID)).isEqualTo(event + "@nastavnik");
        assertThat(value(changed, Property.SEQUENCE)).isEqualTo("1");
        Calendar withdrawn = attachedCalendar(letter("sokolova@school.test", "Приглашение отозвано:"));
        assertThat(withdrawn.getProperty(Property.METHOD).map(Property::getValue))
                .contains("CANCEL");
        assertThat(value(withdrawn, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(withdrawn, Property.UID)).isEqualTo(event + "@nastavnik");

        mvc.perform(post("/api/v1/events/" + event + "/cancel").with(user(curator)))
                .andExpect(status().isOk());
        assertThat(mail.waitForIncomingEmail(10_000, 5)).isTrue();
        Calendar cancel = attachedCalendar(letter("lebedeva@school.test", "Отменено:"));
        assertThat(cancel.validate().hasErrors())
                .as(cancel.validate().getEntries().toString())
                .isFalse();
        assertThat(cancel.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
        assertThat(value(cancel, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancel, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(cancel, Property.UID)).isEqualTo(event + "@nastavnik");
        Thread.sleep(300);
        assertThat(mail.getReceivedMessages())
                .as("nothing more: the one no longer invited is not told of the cancellation")
                .hasSize(5);
    }
}
