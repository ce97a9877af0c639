package ru.nastavnik.publishing.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.shared.OrganisationId;

/**
 * Pairs and programmes written straight into their tables, so that each public figure can be worked out by hand from
 * exactly what is there (as monitoring's IndicatorWorld does).
 */
@Component
class FiguresWorld {

    private final JdbcTemplate jdbc;

    FiguresWorld(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A teacher on the school's staff. */
    UUID person(OrganisationId school) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into person (id, organisation_id, last_name, first_name, gender, birth_date, teaching_experience_years,
                                    qualification_category)
                values (?, ?, 'Учитель', 'Тест', 'FEMALE', ?, 10, 'NONE')""", id, school.value(), LocalDate.of(1980, 3, 1));
        return id;
    }

    /** A pair of a new mentor and a new mentee, started a month ago; {@code status} 'ACTIVE', or 'PLANNED' (a draft). */
    UUID pair(OrganisationId school, String status) {
        UUID id = UUID.randomUUID();
        LocalDate starts = SchoolToday.date().minusMonths(1);
        jdbc.update("""
                insert into mentorship (id, organisation_id, form, starts_on, ends_on, status, created_at)
                values (?, ?, 'педагог — педагог', ?, ?, ?, now())""", id, school.value(), starts, starts.plusMonths(9), status);
        member(id, school, person(school), "MENTOR", starts);
        member(id, school, person(school), "MENTEE", starts);
        return id;
    }

    /** A programme of the pair completed today, on its planned end. */
    void completedProgramme(OrganisationId school, UUID pair) {
        LocalDate today = SchoolToday.date();
        jdbc.update(
                """
                insert into programme (id, organisation_id, mentorship_id, title, goal, starts_on, ends_on, status,
                                       approved_on, completed_on, created_at)
                values (?, ?, ?, 'Программа', 'Цель', ?, ?, 'COMPLETED', ?, ?, now())""", UUID.randomUUID(), school.value(), pair, today.minusMonths(1), today, today.minusMonths(1), today);
    }

    private void member(UUID pair, OrganisationId school, UUID person, String role, LocalDate from) {
        jdbc.update("""
                insert into mentorship_member (mentorship_id, person_id, organisation_id, role, from_date)
                values (?, ?, ?, ?, ?)""", pair, person, school.value(), role, from);
    }
}
