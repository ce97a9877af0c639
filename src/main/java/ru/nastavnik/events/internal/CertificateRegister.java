package ru.nastavnik.events.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.EventView;
import ru.nastavnik.people.PersonId;

/**
 * The organiser's register of the certificates it issues: a person's certificate of an event gets the organiser's
 * next number of the event's year the first time it is printed, and keeps it — in the batch, in her own download,
 * printed again next year — since a certificate is cited by its number (an attestation portfolio, a register kept on
 * paper beside it). Numbers of one organiser and year are given out one caller at a time (a lock per organiser for
 * the transaction), so that two printings at once never share one.
 */
@Component
class CertificateRegister {

    private final JdbcTemplate jdbc;

    CertificateRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** «17/2026» for each of {@code people}, in their order: the number already given, or the next one. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<PersonId, String> numbers(EventView event, List<PersonId> people) {
        UUID organiser = event.organisationId().value();
        int year = event.startsAt().atZone(event.zone()).getYear();
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> {}, "event_certificate:" + organiser);
        Map<UUID, Integer> given = new HashMap<>();
        jdbc.query(
                "select person_id, number from event_certificate where event_id = ?",
                rs -> {
                    given.put(rs.getObject(1, UUID.class), rs.getInt(2));
                },
                event.id().value());
        Integer last = jdbc.queryForObject(
                "select coalesce(max(number), 0) from event_certificate where organiser_id = ? and year = ?",
                Integer.class,
                organiser,
                year);
        int next = last == null ? 0 : last;
        Map<PersonId, String> numbers = new LinkedHashMap<>();
        for (PersonId person : people) {
            Integer number = given.get(person.value());
            if (number == null) {
                number = ++next;
                jdbc.update(
                        "insert into event_certificate (event_id, person_id, organiser_id, year, number)"
                                + " values (?, ?, ?, ?, ?)",
                        event.id().value(),
                        person.value(),
                        organiser,
                        year,
                        number);
                given.put(person.value(), number);
            }
            numbers.put(person, number + "/" + year);
        }
        return numbers;
    }
}
