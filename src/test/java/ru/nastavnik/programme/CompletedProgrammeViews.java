package ru.nastavnik.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.programme.internal.ActivityRole;
import ru.nastavnik.programme.internal.ActivityView;
import ru.nastavnik.shared.OrganisationId;

/**
 * A completed programme's view with four activities (done with a note, done, undone with an expected result,
 * undone), for the tests of what its document and its practice draft say.
 */
public final class CompletedProgrammeViews {

    public static final ActivityView DONE_WITH_NOTE =
            activity("Разбор уроков", LocalDate.of(2026, 10, 15), "проведено 3", "Уроки разобраны");
    public static final ActivityView DONE = activity("Наблюдение", LocalDate.of(2026, 11, 2), null, null);
    public static final ActivityView UNDONE_EXPECTED = activity("Открытый урок", null, null, "Урок проведён");
    public static final ActivityView UNDONE = activity("Классный час", null, null, null);

    private CompletedProgrammeViews() {}

    public static ProgrammeView programme(ProgrammeStatus status, String completionNote) {
        return new ProgrammeView(
                UUID.randomUUID(),
                new OrganisationId(UUID.randomUUID()),
                new MentorshipId(UUID.randomUUID()),
                "Программа",
                "Адаптация  молодого\nспециалиста",
                "— Дисциплина на уроке",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 5, 31),
                status,
                LocalDate.of(2026, 9, 5),
                List.of(DONE_WITH_NOTE, DONE, UNDONE_EXPECTED, UNDONE),
                "Я освоилась",
                "Успешно",
                null,
                LocalDate.of(2027, 4, 20),
                completionNote,
                0);
    }

    private static ActivityView activity(String title, LocalDate doneOn, String note, String expected) {
        return new ActivityView(
                UUID.randomUUID(),
                1,
                null,
                title,
                null,
                LocalDate.of(2026, 10, 1),
                ActivityRole.BOTH,
                expected,
                null,
                doneOn,
                note,
                false,
                false,
                0);
    }
}
