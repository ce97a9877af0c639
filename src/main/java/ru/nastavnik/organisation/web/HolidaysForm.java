package ru.nastavnik.organisation.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import ru.nastavnik.organisation.SchoolCalendars;
import ru.nastavnik.shared.HolidayPeriod;

/** The pupils' holidays as a person types them: one period a line, «24.10.2026–01.11.2026». */
class HolidaysForm {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private String periods;
    /** The organisation's version the form was filled from: saving over a newer one is refused. */
    private Long version;

    /** Her own holidays to edit; empty when they are those of an organisation above (she may keep them so). */
    static HolidaysForm of(SchoolCalendars.Holidays holidays) {
        HolidaysForm form = new HolidaysForm();
        form.version = holidays.version();
        form.periods = holidays.own() ? lines(holidays.periods()) : "";
        return form;
    }

    static String lines(List<HolidayPeriod> periods) {
        return periods.stream().map(HolidaysForm::shown).collect(Collectors.joining("\n"));
    }

    static String shown(HolidayPeriod p) {
        return p.from().equals(p.to()) ? DATE.format(p.from()) : DATE.format(p.from()) + "–" + DATE.format(p.to());
    }

    List<String> toPeriods() {
        return periods == null ? List.of() : periods.lines().toList();
    }

    public String getPeriods() {
        return periods;
    }

    public void setPeriods(String periods) {
        this.periods = periods;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
