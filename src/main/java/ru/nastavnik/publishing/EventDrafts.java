package ru.nastavnik.publishing;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import ru.nastavnik.events.EventCard;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.Events;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The news a held event suggests: its date, agenda, outcome (the protocol's decisions) and how many attended —
 * a count, never the list, so that the draft names nobody the curator did not choose to name.
 */
@Component
class EventDrafts {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Events events;
    private final MessageSource messages;

    EventDrafts(Events events, MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    PublicationDraft of(NastavnikPrincipal caller, OrganisationId organisation, EventId id) {
        EventCard card = events.card(caller, id);
        EventView event = card.event();
        if (!card.organiser() || !event.organisationId().equals(organisation)) {
            throw new NotFoundException();
        }
        if (event.status() != EventStatus.HELD) {
            throw InvalidInputException.of("event", "publishing.draft.notHeld");
        }
        String kind = event.customKind() != null ? event.customKind() : text(event.kind().messageKey());
        String date = DATE.format(event.startsAt().atZone(event.zone()));
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(escape(text("publishing.draft.held", date, kind, event.title()))).append("</p>");
        if (event.description() != null && !event.description().isBlank()) {
            body.append("<p>").append(escape(event.description())).append("</p>");
        }
        if (!event.agenda().isEmpty()) {
            body.append("<h3>").append(escape(text("publishing.draft.agenda"))).append("</h3><ol>")
                    .append(event.agenda().stream().map(a -> "<li>" + escape(a.topic()) + "</li>").collect(Collectors.joining()))
                    .append("</ol>");
        }
        if (event.protocol() != null && event.protocol().decided() != null && !event.protocol().decided().isBlank()) {
            body.append("<h3>").append(escape(text("publishing.draft.outcome"))).append("</h3><p>")
                    .append(escape(event.protocol().decided())).append("</p>");
        }
        body.append("<p>").append(escape(text("publishing.draft.attended", event.attended()))).append("</p>");
        return new PublicationDraft(kind + ": " + event.title(), body.toString(), java.util.List.of());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
