package ru.nastavnik.organisation.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.SchoolCalendars;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/**
 * Tells a school's director or curator that no pupils' holidays are set for the school year she is in — neither by
 * the school, nor above it, nor in the system's settings: the programmes' plans would then date open lessons in the
 * holidays. The shipped settings hold one school year only, so this comes every September until someone sets them.
 */
@Component
class HolidaysTile implements HomeTiles {

    private final SchoolCalendars calendars;
    private final SchoolDates dates;

    HolidaysTile(SchoolCalendars calendars, SchoolDates dates) {
        this.calendars = calendars;
        this.dates = dates;
    }

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        return me.grants().stream()
                .filter(g -> g.role() == Role.DIRECTOR || g.role() == Role.CURATOR)
                .map(g -> g.organisation())
                .findFirst()
                .filter(school -> !known(calendars, dates, school))
                .map(school -> List.of(HomeTile.of(
                        "tile-holidays",
                        15,
                        "organisation.holidays.missing.title",
                        "/organisation/organisations/" + school + "/holidays",
                        "organisation.holidays.missing.text",
                        SchoolYearText.of(dates.today(school)))))
                .orElse(List.of());
    }

    /** Whether holidays in force for the school fall in its current school year. */
    static boolean known(SchoolCalendars calendars, SchoolDates dates, OrganisationId school) {
        LocalDate today = dates.today(school);
        return calendars.termOf(school).holidaysKnownFor(today);
    }
}
