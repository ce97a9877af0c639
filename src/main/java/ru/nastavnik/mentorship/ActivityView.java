package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.UUID;

public record ActivityView(UUID id, int position, String need, String title, String form, LocalDate dueOn,
        ActivityRole responsible, String expectedResult, String reportForm, LocalDate doneOn, String resultNote,
        boolean overdue, boolean dueSoon) {

    public boolean done() {
        return doneOn != null;
    }
}
