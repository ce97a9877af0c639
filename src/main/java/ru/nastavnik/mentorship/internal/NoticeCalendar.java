package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.organisation.SchoolDays;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.WorkingDays;

/**
 * The production calendar the notice rule counts by (the application's {@link WorkingDays}, with each year's decree
 * from the settings: {@code CalendarConfiguration}) and the school's own today.
 */
@Component
class NoticeCalendar {

    private final WorkingDays days;
    private final SchoolDates schoolDates;

    NoticeCalendar(WorkingDays days, SchoolDates schoolDates) {
        this.days = days;
        this.schoolDates = schoolDates;
    }

    WorkingDays days() {
        return days;
    }

    /** Today where the school is: a notice given at 1 a.m. in Moscow is dated that day, not the day before in UTC. */
    LocalDate today(OrganisationId organisation) {
        return schoolDates.today(organisation);
    }

    /** Every school's today, for a job that runs for all of them at once. */
    SchoolDays everywhere() {
        return schoolDates.everywhere();
    }
}
