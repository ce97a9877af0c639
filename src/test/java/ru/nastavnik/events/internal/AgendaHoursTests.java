package ru.nastavnik.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.shared.InvalidInputException.Problem;

/** Which agenda points fall outside an event's hours, compared to the minute. */
class AgendaHoursTests {

    static final LocalDateTime START = LocalDateTime.of(2030, 3, 10, 11, 0, 30);

    static List<Problem> problems(LocalDateTime start, LocalDateTime end, List<AgendaEntry> saved, String... times) {
        List<AgendaEntry> agenda = new ArrayList<>();
        for (String time : times) {
            agenda.add(new AgendaEntry(time == null ? null : LocalTime.parse(time), "Пункт " + time, null, null));
        }
        List<Problem> problems = new ArrayList<>();
        AgendaHours.check(start, end, agenda, saved, problems);
        return problems;
    }

    @Test
    void fromTheStartToBeforeTheEndWithinOneDay() {
        LocalDateTime end = START.withHour(13).withSecond(0);
        assertThat(problems(START, end, List.of(), "11:00", "12:59", null)).isEmpty();
        assertThat(problems(START, end, List.of(), "10:59", "13:00", "14:00"))
                .extracting(Problem::field)
                .containsExactly("agenda[0].time", "agenda[1].time", "agenda[2].time");
    }

    @Test
    void anEventOverSeveralDaysOrPastMidnightIsNotChecked() {
        assertThat(problems(START, START.plusDays(1), List.of(), "09:00", "18:00"))
                .isEmpty();
        assertThat(problems(START.withHour(22), START.withHour(22).plusHours(3), List.of(), "23:30", "00:30"))
                .isEmpty();
    }

    @Test
    void savedPointsLeftOutsideByNewHoursAreNamedOnTheHourThatExcludesThem() {
        List<AgendaEntry> saved = List.of(
                new AgendaEntry(LocalTime.of(10, 0), "Пункт 10:00", null, null),
                new AgendaEntry(LocalTime.of(12, 30), "Пункт 12:30", null, null));
        List<Problem> problems = problems(START, START.withHour(12), saved, "10:00", "12:30", "12:45");
        assertThat(problems)
                .extracting(Problem::field)
                .containsExactly("agenda[0].time", "agenda[1].time", "agenda[2].time", "startsAt", "endsAt");
        assertThat(problems.get(3).args()).containsExactly("11:00", "12:00", "1 (10:00)");
        // a point typed anew is the curator's typo, not the hours': named on its line only
        assertThat(problems.get(4).args()).containsExactly("11:00", "12:00", "2 (12:30)");
    }
}
