package ru.nastavnik.monitoring.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;

/**
 * Rows written straight into the tables, so that each indicator's expected value can be worked out by hand from
 * exactly what is there (IndicatorIntegrationTests says the arithmetic).
 */
@Component
class IndicatorWorld {

    private final JdbcTemplate jdbc;
    private final Fixtures fixtures;

    IndicatorWorld(JdbcTemplate jdbc, Fixtures fixtures) {
        this.jdbc = jdbc;
        this.fixtures = fixtures;
    }

    OrganisationId org(String name, OrganisationKind kind, OrganisationId parent) {
        return fixtures.org(name + " " + UUID.randomUUID().toString().substring(0, 6), kind, parent)
                .id();
    }

    /** A teacher on the staff (archived: left it); category null: none recorded. */
    UUID person(OrganisationId school, LocalDate born, int teachingYears, String category, boolean archived) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                """
                insert into person (id, organisation_id, last_name, first_name, gender, birth_date, teaching_experience_years,
                                    qualification_category, archived_at)
                values (?, ?, 'Учитель', 'Тест', 'FEMALE', ?, ?, ?, ?)""",
                id,
                school.value(),
                born,
                teachingYears,
                category == null ? "NONE" : category,
                archived ? Timestamp.valueOf(LocalDateTime.now()) : null);
        return id;
    }

    UUID person(OrganisationId school, LocalDate born, int teachingYears) {
        return person(school, born, teachingYears, null, false);
    }

    /** A pair or group; {@code endedOn} and {@code membersUntil} null: still working. */
    UUID pair(
            OrganisationId school,
            String form,
            String status,
            LocalDate startsOn,
            LocalDate endedOn,
            UUID mentor,
            UUID... mentees) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into mentorship (id, organisation_id, form, starts_on, ends_on, status, ended_on, created_at)
                values (?, ?, ?, ?, ?, ?, ?, now())""", id, school.value(), form, startsOn, startsOn.plusMonths(9), status, endedOn);
        member(id, school, mentor, "MENTOR", startsOn, endedOn);
        for (UUID mentee : mentees) {
            member(id, school, mentee, "MENTEE", startsOn, endedOn);
        }
        return id;
    }

    private void member(UUID pair, OrganisationId school, UUID person, String role, LocalDate from, LocalDate to) {
        jdbc.update("""
                insert into mentorship_member (mentorship_id, person_id, organisation_id, role, from_date, to_date)
                values (?, ?, ?, ?, ?, ?)""", pair, person, school.value(), role, from, to);
    }

    void programme(
            OrganisationId school,
            UUID pair,
            String status,
            LocalDate approvedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate completedOn) {
        jdbc.update("""
                insert into programme (id, organisation_id, mentorship_id, title, goal, starts_on, ends_on, status,
                                       approved_on, completed_on, created_at)
                values (?, ?, ?, 'Программа', 'Цель', ?, ?, ?, ?, ?, now())""", UUID.randomUUID(), school.value(), pair, startsOn, endsOn, status, approvedOn, completedOn);
    }

    /** In the mentee bank since {@code days} days before the school's today (its zone's date, as the figures count). */
    void waiting(OrganisationId school, UUID person, int days) {
        waitingSince(school, person, ru.nastavnik.SchoolToday.date().minusDays(days));
    }

    /** In the mentee bank since a day (a closed period's figures take the bank as it stood at its end). */
    void waitingSince(OrganisationId school, UUID person, LocalDate entered) {
        jdbc.update("""
                insert into bank_mentee (id, organisation_id, person_id, category, entered_on)
                values (?, ?, ?, 'YOUNG_SPECIALIST', ?)""", UUID.randomUUID(), school.value(), person, entered);
    }

    /** Support (consultations) given to a waiting mentee from a day, until {@code endedOn} if not null. */
    void support(OrganisationId school, UUID person, LocalDate from, LocalDate endedOn) {
        jdbc.update("""
                insert into mentorship_support (id, organisation_id, person_id, kind, assigned_on, ended_on)
                values (?, ?, ?, 'CONSULTATION', ?, ?)""", UUID.randomUUID(), school.value(), person, from, endedOn);
    }

    /** The day a pair was formed (its record made): a planned pair's mentee waits no more from then. */
    void formedOn(UUID pair, LocalDate day) {
        jdbc.update("update mentorship set created_at = ? where id = ?", day.atStartOfDay(), pair);
    }

    void paymentRule(OrganisationId school, LocalDate validFrom) {
        jdbc.update("""
                insert into mentorship_payment_rule (id, organisation_id, valid_from, kind, amount, created_by, created_at)
                values (?, ?, ?, 'FIXED', 1000, 'тест', now())""", UUID.randomUUID(), school.value(), validFrom);
    }

    /** An event started on that day; each attendee attended, each of {@code absent} registered only. */
    void event(OrganisationId organiser, String kind, String status, LocalDate on, UUID[] attended, UUID... absent) {
        UUID id = UUID.randomUUID();
        Timestamp start = Timestamp.valueOf(on.atTime(12, 0));
        jdbc.update("""
                insert into event (id, organisation_id, kind, title, starts_at, ends_at, time_zone, status, checkin_code,
                                   created_at)
                values (?, ?, ?, 'Мероприятие', ?, ?, 'Europe/Moscow', ?, 'CODE', now())""", id, organiser.value(), kind, start, Timestamp.valueOf(on.atTime(14, 0)), status);
        for (UUID person : attended) {
            registration(id, person, true);
        }
        for (UUID person : absent) {
            registration(id, person, false);
        }
    }

    private void registration(UUID event, UUID person, boolean attended) {
        UUID school = jdbc.queryForObject("select organisation_id from person where id = ?", UUID.class, person);
        jdbc.update("""
                insert into event_registration (id, event_id, organisation_id, person_id, status, registered_at, changed_at,
                                                attended)
                values (?, ?, ?, ?, 'REGISTERED', now(), now(), ?)""", UUID.randomUUID(), event, school, person, attended);
    }

    void practice(OrganisationId school, String status, String level, LocalDate decidedOn) {
        jdbc.update(
                """
                insert into practice (id, organisation_id, title, summary, source_kind, source_id, status, proposed_at,
                                      decided_at, level)
                values (?, ?, 'Практика', 'Кратко', 'PROGRAMME', ?, ?, now(), ?, ?)""",
                UUID.randomUUID(),
                school.value(),
                UUID.randomUUID(),
                status,
                decidedOn == null ? null : Timestamp.valueOf(decidedOn.atTime(12, 0)),
                level);
    }
}
