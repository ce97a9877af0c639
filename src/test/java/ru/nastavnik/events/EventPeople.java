package ru.nastavnik.events;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Teachers with their own accounts linked to their staff records (so that they answer invitations), and the clock of an event. */
@Component
public class EventPeople {

    private final Fixtures fixtures;
    private final StaffManagement staff;
    private final StaffAccounts accounts;
    private final JdbcTemplate jdbc;

    EventPeople(Fixtures fixtures, StaffManagement staff, StaffAccounts accounts, JdbcTemplate jdbc) {
        this.fixtures = fixtures;
        this.staff = staff;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    public record Teacher(NastavnikPrincipal user, PersonId person, OrganisationId school) {}

    /** A teacher of {@code school} holding {@code role} there, signed in with her own account. */
    public Teacher teacher(NastavnikPrincipal curator, OrganisationId school, Role role, String lastName) {
        return teacher(curator, school, role, lastName, java.util.List.of("математика"));
    }

    /** A teacher of {@code subjects} (which tell namesakes apart) holding {@code role}, with her own account. */
    public Teacher teacher(
            NastavnikPrincipal curator,
            OrganisationId school,
            Role role,
            String lastName,
            java.util.List<String> subjects) {
        NastavnikPrincipal user = fixtures.user(role, school);
        PersonId person = staff.create(curator, school, Fixtures.teacher(lastName, "Анна", "Сергеевна", null, subjects))
                .id();
        accounts.link(curator, school, person, user.getUsername(), true);
        return new Teacher(user, person, school);
    }

    /** Moves an event so that it is running now (it began ten minutes ago): planning one in the past is refused. */
    public void running(String event) {
        jdbc.update(
                "update event set starts_at = now() - interval '10 minutes', ends_at = now() + interval '1 hour' where id = ?::uuid",
                event);
    }
}
