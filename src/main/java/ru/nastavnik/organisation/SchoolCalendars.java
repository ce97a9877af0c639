package ru.nastavnik.organisation;

import java.util.List;
import ru.nastavnik.shared.HolidayPeriod;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SchoolTerm;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Each organisation's school year: the pupils' holidays (каникулы) of its calendar (календарный учебный график, which
 * the school approves under the federal education programme), else those its municipality or region set for their
 * schools, else the system's settings ({@code nastavnik.calendar.school-holidays}). A programme's plan and a new
 * pair's default end are dated by it ({@code @schoolCalendars} in templates).
 */
public interface SchoolCalendars {

    /** The school year as the organisation lives it. */
    SchoolTerm termOf(OrganisationId organisation);

    /** The holidays the organisation's year is dated by, whose they are, and whether the caller may set them. */
    Holidays holidays(NastavnikPrincipal caller, OrganisationId organisation);

    /**
     * Sets the organisation's own holidays (none: it takes those above it again), each period as a person writes it
     * («24.10.2026–01.11.2026»); {@code readVersion}: the organisation's version she read, refused if it changed since.
     * The school's director or curator sets a school's, a methodologist her territory's.
     */
    Holidays setHolidays(
            NastavnikPrincipal caller, OrganisationId organisation, List<String> periods, Long readVersion);

    /**
     * {@code setBy}: the organisation whose holidays they are (itself, or one above it), null for the system's
     * settings; {@code version}: the organisation's, for an edit.
     */
    record Holidays(
            List<HolidayPeriod> periods,
            OrganisationId setBy,
            String setByName,
            boolean own,
            boolean editable,
            long version) {

        public Holidays {
            periods = List.copyOf(periods);
        }
    }
}
