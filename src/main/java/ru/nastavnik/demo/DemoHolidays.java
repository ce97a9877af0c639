package ru.nastavnik.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.SchoolCalendars;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The demo region's pupils' holidays for the school year the demo is started in, as a region sets them: the shipped
 * settings hold one past year only, and the demo's curator was told «Каникулы не заданы» on her first page. The dates
 * follow the usual pattern (autumn week from late October, New Year, a spring week, the summer from 27 May).
 */
@Component
class DemoHolidays {

    private final SchoolCalendars calendars;
    private final SchoolDates dates;

    DemoHolidays(SchoolCalendars calendars, SchoolDates dates) {
        this.calendars = calendars;
        this.dates = dates;
    }

    void set(OrganisationSummary region) {
        LocalDate today = dates.today(region.id());
        int autumn = today.getMonthValue() >= Month.JUNE.getValue() ? today.getYear() : today.getYear() - 1;
        int spring = autumn + 1;
        NastavnikPrincipal methodologist = new NastavnikPrincipal(
                new UserId(UUID.randomUUID()),
                "demo-loader",
                "Загрузка демо-данных",
                null,
                Set.of(new RoleGrant(Role.REGIONAL_METHODOLOGIST, region.id())),
                true,
                false);
        calendars.setHolidays(
                methodologist,
                region.id(),
                List.of(
                        "26.10." + autumn + "–03.11." + autumn,
                        "29.12." + autumn + "–11.01." + spring,
                        "23.03." + spring + "–31.03." + spring,
                        "27.05." + spring + "–31.05." + spring),
                region.version());
    }
}
