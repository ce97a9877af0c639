package ru.nastavnik.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.training.SessionCatalogue;

/**
 * What a person's training record shows beside her external courses: the sessions she attended as steps of the
 * mentor course (each counts its event's length) and the mentor courses she completed.
 */
@Component
class AttendedSessions {

    private final NamedParameterJdbcTemplate jdbc;
    private final SessionCatalogue sessions;

    AttendedSessions(NamedParameterJdbcTemplate jdbc, SessionCatalogue sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    List<TrainingRecord.Session> of(OrganisationId organisation, PersonId person) {
        MapSqlParameterSource p =
                new MapSqlParameterSource("org", organisation.value()).addValue("person", person.value());
        List<UUID> events = new ArrayList<>();
        jdbc.query(
                "select distinct s.event_id from training_course_progress_step d"
                        + " join training_course_progress p on p.id = d.progress_id"
                        + " join training_mentor_course_step s on s.course_id = p.course_id and s.step_id = d.step_id"
                        + " where p.organisation_id = :org and p.person_id = :person and s.event_id is not null",
                p,
                rs -> {
                    events.add(rs.getObject(1, UUID.class));
                });
        List<TrainingRecord.Session> found = new ArrayList<>();
        for (UUID event : events) {
            sessions.find(event)
                    .filter(s -> s.endsAt() != null)
                    .ifPresent(s -> found.add(new TrainingRecord.Session(
                            s.title(),
                            LocalDate.ofInstant(s.startsAt(), Dates.DEFAULT_ZONE),
                            hours(s.startsAt(), s.endsAt()))));
        }
        found.sort(java.util.Comparator.comparing(TrainingRecord.Session::date).reversed());
        return found;
    }

    List<TrainingRecord.CompletedCourse> completed(OrganisationId organisation, PersonId person) {
        return jdbc.query(
                "select c.title, p.completed_on from training_course_progress p"
                        + " join training_mentor_course c on c.id = p.course_id"
                        + " where p.organisation_id = :org and p.person_id = :person and p.completed_on is not null"
                        + " order by p.completed_on desc",
                new MapSqlParameterSource("org", organisation.value()).addValue("person", person.value()),
                (rs, n) -> new TrainingRecord.CompletedCourse(rs.getString(1), rs.getObject(2, LocalDate.class)));
    }

    private static BigDecimal hours(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMinutes())
                .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
