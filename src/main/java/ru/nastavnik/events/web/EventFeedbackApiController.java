package ru.nastavnik.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.internal.EventFeedbacks;
import ru.nastavnik.events.internal.FeedbackView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The feedback questionnaire of an event, for its organiser. */
@RestController
@RequestMapping("/api/v1/events/{id}/feedback")
@Tag(name = "Мероприятия")
class EventFeedbackApiController {

    private final EventFeedbacks feedbacks;

    EventFeedbackApiController(EventFeedbacks feedbacks) {
        this.feedbacks = feedbacks;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Отправить анкету обратной связи тем, кто присутствовал на проведённом мероприятии (один раз)")
    FeedbackView send(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return feedbacks.send(me, id);
    }

    @GetMapping
    @Operation(summary = "Обратная связь по мероприятию: сколько отправлено и обобщённые ответы (без имён)")
    FeedbackView get(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return feedbacks.of(me, id).orElseThrow(NotFoundException::new);
    }
}
