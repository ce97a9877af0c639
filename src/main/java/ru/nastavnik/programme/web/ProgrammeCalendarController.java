package ru.nastavnik.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.programme.ProgrammeId;
import ru.nastavnik.programme.internal.ProgrammeCalendar;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A dated programme activity as an .ics, from the programme's page and the API alike. */
@RestController
@Tag(name = "Программы наставничества (ПНП)")
class ProgrammeCalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ProgrammeCalendar calendar;
    private final SheetTexts texts;

    ProgrammeCalendarController(ProgrammeCalendar calendar, SheetTexts texts) {
        this.calendar = calendar;
        this.texts = texts;
    }

    @GetMapping({
        "/mentorship/programmes/{id}/activities/{activity}/calendar.ics",
        "/api/v1/programmes/{id}/activities/{activity}/calendar.ics"
    })
    @Operation(summary = "Мероприятие программы наставничества в формате iCalendar (.ics, на весь день срока)")
    ResponseEntity<String> activity(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @PathVariable ActivityId activity) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        SafeFileName.attachment(texts.text("house.file.programmeActivity")))
                .body(calendar.activityFile(me, id.value(), activity.value()));
    }
}
