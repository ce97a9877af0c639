package ru.nastavnik.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * A person's training record: her external courses, newest first, the hours confirmed by the curator and those still
 * waiting for confirmation; the sessions she attended (установочные сессии, consultations, seminars named by the
 * mentor course) with their hours; and the mentor courses she completed.
 */
public record TrainingRecord(
        PersonId person,
        OrganisationId organisation,
        String fullName,
        List<CourseView> courses,
        int confirmedHours,
        int awaitingHours,
        List<Session> sessions,
        List<CompletedCourse> completedCourses) {

    public TrainingRecord {
        courses = List.copyOf(courses);
        sessions = List.copyOf(sessions);
        completedCourses = List.copyOf(completedCourses);
    }

    public record Session(String title, LocalDate date, BigDecimal hours) {

        public String shownHours() {
            return shown(hours);
        }
    }

    public record CompletedCourse(String title, LocalDate completedOn) {}

    /** Hours of the sessions attended, to one decimal. */
    public BigDecimal sessionHours() {
        return sessions.stream().map(Session::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String shownSessionHours() {
        return shown(sessionHours());
    }

    /** Hours as a Russian document writes them: «1,5», «2» — a decimal comma, no «2.0». */
    static String shown(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
