package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The events held in a period and their attendances, counted for monitoring: an event counts on the day it started
 * in the session's time zone, from the first day's midnight to the last day's end, whatever the number of organisers
 * asked about (a few, or a region's thousand, whose query is planned for its values).
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventTalliesIntegrationTests {

    private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 8, 31);

    @Autowired
    EventTallies tallies;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsCountFromTheFirstDaysMidnightToTheLastDaysEndWithTheirAttendances() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        List<UUID> people = new ArrayList<>();
        for (String name : List.of("Первая", "Вторая", "Третья")) {
            PersonId person = staff.create(curator, world.schoolA(), Fixtures.teacher(name, "Анна", "Сергеевна"))
                    .id();
            people.add(person.value());
        }
        // the first day at midnight: two attended, one registered only
        UUID first = event(world.schoolA(), "SEMINAR", "HELD", FROM, "0 minutes");
        register(first, world.schoolA(), people.get(0), true);
        register(first, world.schoolA(), people.get(1), true);
        register(first, world.schoolA(), people.get(2), false);
        // the last day, a minute before midnight: one attended
        register(
                event(world.schoolA(), "SEMINAR", "HELD", TO, "23 hours 59 minutes"),
                world.schoolA(),
                people.get(0),
                true);
        // a minute before the period and at the midnight after it: not counted, nor their attendances
        register(
                event(world.schoolA(), "SEMINAR", "HELD", FROM.minusDays(1), "23 hours 59 minutes"),
                world.schoolA(),
                people.get(1),
                true);
        register(
                event(world.schoolA(), "SEMINAR", "HELD", TO.plusDays(1), "0 minutes"),
                world.schoolA(),
                people.get(2),
                true);
        // planned, not held: not counted
        register(
                event(world.schoolA(), "SEMINAR", "PLANNED", LocalDate.of(2026, 1, 10), "10 hours"),
                world.schoolA(),
                people.get(0),
                true);
        event(world.schoolB(), "CONFERENCE", "HELD", LocalDate.of(2026, 3, 1), "15 hours");
        event(world.municipality(), "ROUND_TABLE", "HELD", LocalDate.of(2026, 4, 1), "15 hours");

        Map<OrganisationId, Map<EventKind, EventTallies.Held>> few =
                tallies.heldBy(List.of(world.schoolA(), world.schoolB()), FROM, TO);
        assertThat(few).containsOnlyKeys(world.schoolA(), world.schoolB());
        assertThat(few.get(world.schoolA()))
                .containsExactlyEntriesOf(Map.of(EventKind.SEMINAR, new EventTallies.Held(2, 3)));
        assertThat(few.get(world.schoolB()))
                .containsExactlyEntriesOf(Map.of(EventKind.CONFERENCE, new EventTallies.Held(1, 0)));

        List<OrganisationId> many = new ArrayList<>(List.of(world.schoolA(), world.schoolB(), world.municipality()));
        IntStream.range(0, 60).forEach(i -> many.add(new OrganisationId(UUID.randomUUID())));
        Map<OrganisationId, Map<EventKind, EventTallies.Held>> region = tallies.heldBy(many, FROM, TO);
        assertThat(region).containsOnlyKeys(world.schoolA(), world.schoolB(), world.municipality());
        assertThat(region.get(world.schoolA())).isEqualTo(few.get(world.schoolA()));
        assertThat(region.get(world.municipality()))
                .containsExactlyEntriesOf(Map.of(EventKind.ROUND_TABLE, new EventTallies.Held(1, 0)));
    }

    /** An event starting {@code after} the midnight that begins {@code day} in the session's time zone. */
    private UUID event(OrganisationId organiser, String kind, String status, LocalDate day, String after) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into event (id, organisation_id, kind, title, starts_at, ends_at, time_zone, status, checkin_code,
                                   created_at)
                values (?, ?, ?, 'Мероприятие', cast(cast(? as date) as timestamptz) + cast(? as interval),
                        cast(cast(? as date) as timestamptz) + cast(? as interval) + interval '1 hour',
                        'Europe/Moscow', ?, 'CODE', now())""", id, organiser.value(), kind, day, after, day, after, status);
        return id;
    }

    private void register(UUID event, OrganisationId school, UUID person, boolean attended) {
        jdbc.update("""
                insert into event_registration (id, event_id, organisation_id, person_id, status, registered_at,
                                                changed_at, attended)
                values (?, ?, ?, ?, 'REGISTERED', now(), now(), ?)""", UUID.randomUUID(), event, school.value(), person, attended);
    }
}
