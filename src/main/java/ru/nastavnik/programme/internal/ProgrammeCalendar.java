package ru.nastavnik.programme.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.CalendarEntry;
import ru.nastavnik.documents.CalendarSource;
import ru.nastavnik.documents.CalendarWriter;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A programme's dated activities in the calendar: one activity's .ics for the pair and its curator, and the
 * mentor's and mentee's own activities in their personal feed (as a {@link CalendarSource}: the feed lives in
 * {@code events}, which this module does not use). An activity is a whole day; the UID is the activity's id, the
 * SEQUENCE its version; an undone activity of a programme ended early is CANCELLED. Titles only: no names.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCalendar implements CalendarSource {

    private final ProgrammeAccess access;
    private final Cabinet cabinet;
    private final java.time.Clock clock;
    private final SheetTexts texts;

    ProgrammeCalendar(ProgrammeAccess access, Cabinet cabinet, java.time.Clock clock, SheetTexts texts) {
        this.access = access;
        this.cabinet = cabinet;
        this.clock = clock;
        this.texts = texts;
    }

    public String activityFile(NastavnikPrincipal caller, UUID programme, UUID activity) {
        Programme own = access.of(caller, programme).programme();
        ProgrammeView view = own.view(access.today(own));
        if (view.status() == ProgrammeStatus.DRAFT) {
            throw new NotFoundException();
        }
        ActivityView found = view.activities().stream()
                .filter(a -> a.id().equals(activity))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return CalendarWriter.write(List.of(entry(view, found)), found.title(), clock.instant());
    }

    /** The owner's activities in programmes past their draft, from {@code since} on. */
    @Override
    public List<CalendarEntry> entriesOf(NastavnikPrincipal owner, Instant since) {
        LocalDate from = LocalDate.ofInstant(since, ZoneOffset.UTC);
        return cabinet.programmes(owner).stream()
                .filter(p -> p.status() != ProgrammeStatus.DRAFT)
                .flatMap(p -> p.activities().stream()
                        .filter(a -> a.dueOn() != null && !a.dueOn().isBefore(from))
                        .map(a -> entry(p, a)))
                .toList();
    }

    CalendarEntry entry(ProgrammeView programme, ActivityView activity) {
        boolean cancelled = programme.status() == ProgrammeStatus.TERMINATED && !activity.done();
        String description = String.join(
                "\n",
                java.util.stream.Stream.of(
                                activity.form(),
                                activity.expectedResult(),
                                texts.text("house.programme.calendar.description"))
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
        return CalendarEntry.wholeDay(
                activity.id() + CalendarWriter.UID_DOMAIN,
                (int) activity.version(),
                activity.dueOn(),
                activity.title(),
                description,
                cancelled);
    }
}
