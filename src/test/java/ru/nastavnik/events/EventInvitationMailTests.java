package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

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
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(53025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

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

    @Test
    void anInvitationCarriesARequestAChangeRaisesTheSequenceAndACancellationCancels() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        StaffData data = Fixtures.teacher("Лебедева", "Нина", "Павловна");
        PersonId invited = staff.create(curator, w.schoolA(), new StaffData(data.lastName(), data.firstName(), data.middleName(),
                data.gender(), data.birthDate(), null, data.positions(), data.subjects(), 3, 3, null, null, null,
                "lebedeva@school.test", null)).id();
        LocalDateTime start = LocalDateTime.now().plusDays(5).truncatedTo(ChronoUnit.HOURS);
        String body = """
                {"kind":"CONSULTATION","title":"Консультация для наставников","startsAt":"%s","endsAt":"%s","place":"Кабинет 12",
                 "people":["%s"]}""";
        String event = JsonPath.read(mvc.perform(post("/api/v1/organisations/" + w.schoolA() + "/events").with(user(curator))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(start, start.plusHours(1), invited)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage invitation = mail.getReceivedMessages()[0];
        assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo("lebedeva@school.test");
        assertThat(invitation.getSubject()).isEqualTo("Приглашение: Консультация для наставников");
        Calendar request = attachedCalendar(invitation);
        assertThat(request.validate().hasErrors()).as(request.validate().getEntries().toString()).isFalse();
        assertThat(request.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        assertThat(value(request, Property.UID)).isEqualTo(event + "@nastavnik");
        assertThat(value(request, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(request, Property.ATTENDEE)).isEqualTo("mailto:lebedeva@school.test");
        assertThat(value(request, Property.ORGANIZER)).startsWith("mailto:");

        String etag = mvc.perform(get("/api/v1/events/" + event).with(user(curator))).andReturn().getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/events/" + event).with(user(curator)).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(start.plusHours(2), start.plusHours(3), invited))).andExpect(status().isOk());
        assertThat(mail.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage update = mail.getReceivedMessages()[1];
        assertThat(update.getSubject()).startsWith("Изменено:");
        Calendar changed = attachedCalendar(update);
        assertThat(changed.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        assertThat(value(changed, Property.UID)).isEqualTo(event + "@nastavnik");
        assertThat(value(changed, Property.SEQUENCE)).isEqualTo("1");

        mvc.perform(post("/api/v1/events/" + event + "/cancel").with(user(curator))).andExpect(status().isOk());
        assertThat(mail.waitForIncomingEmail(10_000, 3)).isTrue();
        MimeMessage cancellation = mail.getReceivedMessages()[2];
        assertThat(cancellation.getSubject()).startsWith("Отменено:");
        Calendar cancel = attachedCalendar(cancellation);
        assertThat(cancel.validate().hasErrors()).as(cancel.validate().getEntries().toString()).isFalse();
        assertThat(cancel.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
        assertThat(value(cancel, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancel, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(cancel, Property.UID)).isEqualTo(event + "@nastavnik");
    }
}
