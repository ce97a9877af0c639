package ru.nastavnik.mentorship.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import ru.nastavnik.mentorship.internal.NewMentorship;

/** A new pair as the form sends it: its mentors and mentees, the form of mentoring, the term; the service checks it. */
record PairForm(
        List<String> mentorIds,
        List<String> menteeIds,
        String form,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

    NewMentorship mentorship() {
        return new NewMentorship(
                PairController.ids(mentorIds), PairController.ids(menteeIds), form, startsOn, endsOn, null);
    }
}
