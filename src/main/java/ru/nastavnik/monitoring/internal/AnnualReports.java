package ru.nastavnik.monitoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.ForbiddenException;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * An annual analytic report: the school year's figures and the sections written by hand (problems, tasks, more),
 * kept per organisation and year. A school's is written by its director and curator; a municipality's or region's —
 * its summary over its schools with the same sections — by its own methodologist. The methodologists above read it.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReports {

    private final IndicatorAccess access;
    private final IndicatorFigures figures;
    private final Organisations organisations;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SchoolDates dates;

    AnnualReports(
            IndicatorAccess access,
            IndicatorFigures figures,
            Organisations organisations,
            JdbcTemplate jdbc,
            SchoolDates dates,
            Clock clock) {
        this.access = access;
        this.figures = figures;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
        this.dates = dates;
    }

    /** The school year 1 September {@code year} – 31 August of the next; none given: the current one by the organisation's date. */
    public IndicatorPeriod year(OrganisationId organisation, Integer year) {
        if (year == null) {
            return IndicatorPeriod.of(null, null, dates.today(organisation));
        }
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "annualReport.year.invalid");
        }
        return new IndicatorPeriod(LocalDate.of(year, Month.SEPTEMBER, 1), LocalDate.of(year + 1, Month.AUGUST, 31));
    }

    /** The year's figures as the caller may see them (a methodologist: under the small-number rule). */
    public IndicatorTable figures(NastavnikPrincipal caller, OrganisationId school, IndicatorPeriod year) {
        readable(caller, school);
        return figures.of(caller, school, year);
    }

    public AnnualReportNotes notes(NastavnikPrincipal caller, OrganisationId school, IndicatorPeriod year) {
        readable(caller, school);
        return jdbc
                .query(
                        """
                select problems, tasks, free_text from monitoring_annual_report_notes
                where organisation_id = ? and school_year = ?""",
                        (rs, n) -> new AnnualReportNotes(rs.getString(1), rs.getString(2), rs.getString(3)),
                        school.value(),
                        year.from().getYear())
                .stream()
                .findFirst()
                .orElse(AnnualReportNotes.EMPTY);
    }

    @Transactional
    public void save(NastavnikPrincipal caller, OrganisationId school, IndicatorPeriod year, AnnualReportNotes notes) {
        readable(caller, school);
        if (!writes(caller, school)) {
            throw new ForbiddenException("Only the school's director or curator, or the area's own methodologist,"
                    + " writes its annual report");
        }
        jdbc.update(
                """
                insert into monitoring_annual_report_notes
                    (organisation_id, school_year, problems, tasks, free_text, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, school_year) do update set problems = excluded.problems,
                    tasks = excluded.tasks, free_text = excluded.free_text, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""",
                school.value(),
                year.from().getYear(),
                notes.problems(),
                notes.tasks(),
                notes.freeText(),
                caller.getUsername(),
                Timestamp.from(clock.instant()));
    }

    /**
     * Who writes the report's sections: a school's director or curator; for a municipality or region — whose report
     * is its summary over its schools, with the same sections — its own methodologist (not one of the region above).
     */
    public boolean writes(NastavnikPrincipal caller, OrganisationId organisation) {
        return isArea(organisation)
                ? caller.hasAnyIn(organisation, Role.MUNICIPAL_METHODOLOGIST, Role.REGIONAL_METHODOLOGIST)
                : caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR);
    }

    /** A municipality or region: its annual report is its summary over its schools with these sections. */
    public boolean isArea(OrganisationId organisation) {
        return organisations.kindOf(organisation).orElseThrow(NotFoundException::new) != OrganisationKind.ORGANISATION;
    }

    private void readable(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        organisations.kindOf(organisation).orElseThrow(NotFoundException::new);
    }
}
