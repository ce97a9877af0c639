package ru.nastavnik.publishing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.publishing.internal.FigureChoice;
import ru.nastavnik.publishing.internal.PublicFigure;
import ru.nastavnik.publishing.internal.PublicFigureChoices;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The figures a school shows on its public section, for the curator's scripts: the same keepers (its curator or
 * director) and tenant check as the page, anyone else 404. A choice naming an unknown figure or one twice is a 422
 * naming the field, and nothing is changed.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/public-figures")
@Tag(name = "Публичный раздел «Наставничество»")
class PublicFiguresApiController {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final PublicFigureChoices choices;
    private final MessageSource messages;

    PublicFiguresApiController(PublicFigureChoices choices, MessageSource messages) {
        this.choices = choices;
        this.messages = messages;
    }

    /** {@code figures}: the keys in the order to show them; empty — show none. */
    record Choice(List<String> figures) {}

    record Figure(String key, String label, boolean smallNumberRule) {}

    /** The school's figures in its order and the catalogue to choose from. */
    record Chosen(List<Figure> figures, List<Figure> available) {}

    @GetMapping
    @Operation(
            summary =
                    "Показатели, которые школа показывает в публичном разделе, по порядку, и все доступные показатели")
    Chosen chosen(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return view(choices.of(me, orgId));
    }

    @PutMapping
    @Operation(
            summary = "Выбрать показатели публичного раздела и их порядок (ключи из available; пустой список — не"
                    + " показывать); неизвестный или повторённый ключ — 422, ничего не меняется")
    Chosen choose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody Choice body) {
        return view(choices.choose(me, orgId, body == null || body.figures() == null ? List.of() : body.figures()));
    }

    private Chosen view(FigureChoice choice) {
        return new Chosen(
                choice.figures().stream().map(this::figure).toList(),
                Arrays.stream(PublicFigure.values()).map(this::figure).toList());
    }

    private Figure figure(PublicFigure f) {
        return new Figure(f.key(), messages.getMessage(f.messageKey(), null, RU), f.people());
    }
}
