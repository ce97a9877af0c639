package ru.nastavnik.events.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.FeedbackQuestionnaires;

/**
 * The feedback questionnaire after an event: its organiser sends it, once the event is held, to those who attended
 * (the survey engine makes and sends it); she sees the answers summed up, without names.
 */
@Service
@Transactional
public class EventFeedbacks {

    private final EventManagement management;
    private final EventFeedbackRepository feedbacks;
    private final FeedbackQuestionnaires questionnaires;
    private final Clock clock;

    EventFeedbacks(
            EventManagement management,
            EventFeedbackRepository feedbacks,
            FeedbackQuestionnaires questionnaires,
            Clock clock) {
        this.management = management;
        this.feedbacks = feedbacks;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    public FeedbackView send(NastavnikPrincipal caller, EventId id) {
        Event event = management.organised(caller, id);
        EventView view = event.view();
        if (view.status() != EventStatus.HELD) {
            throw InvalidInputException.of("status", "events.feedback.notHeld");
        }
        if (feedbacks.existsById(id.value())) {
            throw InvalidInputException.of("status", "events.feedback.alreadySent");
        }
        List<PersonId> attended = event.attendees();
        if (attended.isEmpty()) {
            throw InvalidInputException.of("status", "events.feedback.nobody");
        }
        EventFeedback sent = feedbacks.save(new EventFeedback(
                id,
                view.organisationId(),
                questionnaires.send(view.organisationId(), view.title(), attended),
                attended.size(),
                clock.instant()));
        return view(view, sent);
    }

    /** The feedback of the event, if it was sent; for its organiser only. */
    @Transactional(readOnly = true)
    public Optional<FeedbackView> of(NastavnikPrincipal caller, EventId id) {
        EventView view = management.organised(caller, id).view();
        return feedbacks.findById(id.value()).map(f -> view(view, f));
    }

    private FeedbackView view(EventView event, EventFeedback feedback) {
        return new FeedbackView(
                event.id(),
                event.title(),
                feedback.sentAt(),
                feedback.sentCount(),
                questionnaires.summary(feedback.questionnaire()));
    }
}
