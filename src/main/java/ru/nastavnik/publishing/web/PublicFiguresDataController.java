package ru.nastavnik.publishing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.publishing.internal.PublicFigures;
import ru.nastavnik.publishing.internal.PublicLists;
import ru.nastavnik.publishing.internal.PublicSection;
import ru.nastavnik.shared.NotFoundException;

/**
 * The section's chosen figures for a regional portal: anonymous, read-only, readable from any origin, served from the
 * page cache like the section's other lists ({@code PublicPageFilter}) — the same figures as the page, «< 3» included.
 */
@RestController
@RequestMapping("/o/{slug}/nastavnichestvo")
@Tag(name = "Публичный раздел «Наставничество»")
class PublicFiguresDataController {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final PublicLists lists;
    private final PublicFigures figures;
    private final MessageSource messages;

    PublicFiguresDataController(PublicLists lists, PublicFigures figures, MessageSource messages) {
        this.lists = lists;
        this.figures = figures;
        this.messages = messages;
    }

    /** {@code value}: as shown («< 3» for 1–2 people); {@code schools}: how many schools' figures were summed. */
    record Figure(String key, String label, String value, int schools) {}

    record Figures(LocalDate from, LocalDate asOf, List<Figure> figures) {}

    @GetMapping("/api/figures")
    @Operation(
            summary = "Показатели наставничества, которые выбрала школа (для муниципалитета и региона — суммы по"
                    + " выбравшим их школам), с начала года по сегодня; 1–2 человека — «< 3»")
    ResponseEntity<Figures> figures(@PathVariable String slug, @RequestParam(required = false) String school) {
        PublicSection scope = lists.scope(slug, PublicSectionController.schoolId(school));
        PublicFigures.Shown shown = figures.of(scope);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(PublicSectionController.REVALIDATE)
                .header("Access-Control-Allow-Origin", "*")
                .body(new Figures(
                        shown.from(),
                        shown.asOf(),
                        shown.lines().stream()
                                .map(l -> new Figure(
                                        l.key(), messages.getMessage(l.messageKey(), null, RU), l.shown(), l.schools()))
                                .toList()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(404)
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(messages.getMessage("publishing.public.notFound", null, RU));
    }
}
