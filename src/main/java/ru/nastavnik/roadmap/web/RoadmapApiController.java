package ru.nastavnik.roadmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.roadmap.internal.Roadmap;
import ru.nastavnik.roadmap.internal.StageProgress;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The roadmap's stages for scripts and the region's systems: the same figures and orders as the page, in words. */
@RestController
@Tag(name = "Дорожная карта")
class RoadmapApiController {

    private final Roadmap roadmap;
    private final MessageSource messages;

    RoadmapApiController(Roadmap roadmap, MessageSource messages) {
        this.roadmap = roadmap;
        this.messages = messages;
    }

    record Stage(int number, String title, List<Figure> figures, List<Order> orders) {}

    /** {@code outOf} is absent where the figure is a count, not a share. */
    record Figure(String code, String label, long value, Long outOf, int percent) {}

    record Order(UUID id, OrderKind kind, String title, OrderStatus status, String number, LocalDate orderDate) {}

    @GetMapping("/api/v1/organisations/{orgId}/roadmap")
    @Operation(summary = "Дорожная карта: этапы, их показатели и приказы (директор и куратор)")
    List<Stage> stages(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return roadmap.of(me, orgId).stream().map(this::stage).toList();
    }

    private Stage stage(StageProgress stage) {
        return new Stage(
                stage.number(),
                text(stage.titleKey()),
                stage.figures().stream()
                        .map(f -> new Figure(
                                f.labelKey().substring(f.labelKey().lastIndexOf('.') + 1),
                                text(f.labelKey()),
                                f.value(),
                                f.outOf(),
                                f.percent()))
                        .toList(),
                stage.orders().stream()
                        .map(o -> new Order(o.id(), o.kind(), o.title(), o.status(), o.number(), o.orderDate()))
                        .toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
