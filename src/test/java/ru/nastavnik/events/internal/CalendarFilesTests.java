package ru.nastavnik.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.shared.OrganisationId;

class CalendarFilesTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    static final Instant NOW = Instant.parse("2030-03-01T04:00:00Z");

    static Event seminar() {
        LocalDateTime start = LocalDateTime.of(2030, 3, 10, 10, 0);
        return new Event(
                new OrganisationId(UUID.randomUUID()),
                ZONE,
                new EventDetails(
                        EventKind.SEMINAR,
                        null,
                        "Семинар наставников",
                        "Для наставников района",
                        start,
                        start.plusHours(2),
                        "Актовый зал, ул. Ленина, 1",
                        "https://vk.com/call/42",
                        30,
                        List.of(new OrganisationId(UUID.randomUUID())),
                        List.of(),
                        List.of(new AgendaEntry(
                                LocalTime.of(10, 0), "Адаптация молодого педагога", null, "Петрова И. В."))),
                null,
                NOW);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void anEventParsesBackWithItsZoneItsTimezoneDefinitionAndItsStableUid() throws Exception {
        Event event = seminar();
        String ics = new CalendarFiles().write(List.of(event.view()), "Мероприятия", NOW);

        Calendar calendar = parse(ics);
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().getEntries().toString())
                .isFalse();
        VEvent parsed = calendar.<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertThat(value(parsed, Property.UID)).isEqualTo(event.id() + "@nastavnik");
        assertThat(value(parsed, Property.SUMMARY)).isEqualTo("Семинар наставников");
        assertThat(value(parsed, Property.LOCATION)).isEqualTo("Актовый зал, ул. Ленина, 1");
        assertThat(value(parsed, Property.DESCRIPTION)).contains("10:00 Адаптация молодого педагога — Петрова И. В.");
        assertThat(value(parsed, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(parsed, Property.STATUS)).isEqualTo("CONFIRMED");
        DtStart<ZonedDateTime> start = parsed.getDateTimeStart();
        assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Asia/Yekaterinburg");
        assertThat(start.getDate().toInstant()).isEqualTo(Instant.parse("2030-03-10T05:00:00Z"));
        assertThat(calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE))
                .singleElement()
                .satisfies(tz -> assertThat(tz.getProperty(Property.TZID).map(Property::getValue))
                        .contains("Asia/Yekaterinburg"));
        assertThat(value(calendar.<VEvent>getComponents(VEvent.VEVENT).get(0), Property.URL))
                .isEqualTo("https://vk.com/call/42");
    }

    @Test
    void aChangeRaisesTheSequenceUnderTheSameUidAndACancellationSaysCancelled() throws Exception {
        Event event = seminar();
        String before = value(
                parse(new CalendarFiles().write(List.of(event.view()), "М", NOW))
                        .<VEvent>getComponents(VEvent.VEVENT)
                        .get(0),
                Property.UID);
        event.cancel();

        VEvent cancelled = parse(new CalendarFiles().write(List.of(event.view()), "М", NOW))
                .<VEvent>getComponents(VEvent.VEVENT)
                .get(0);
        assertThat(value(cancelled, Property.UID)).isEqualTo(before);
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    }
}
