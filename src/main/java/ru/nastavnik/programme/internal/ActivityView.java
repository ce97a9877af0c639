package ru.nastavnik.programme.internal;

import java.time.LocalDate;
import java.util.UUID;

/** One activity of a programme as shown; {@code version} rises with each change (the calendar's SEQUENCE). */
public record ActivityView(
        UUID id,
        int position,
        String need,
        String title,
        String form,
        LocalDate dueOn,
        ActivityRole responsible,
        String expectedResult,
        String reportForm,
        LocalDate doneOn,
        String resultNote,
        boolean overdue,
        boolean dueSoon,
        long version) {

    public boolean done() {
        return doneOn != null;
    }
}
