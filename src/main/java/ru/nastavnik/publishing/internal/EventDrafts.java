package ru.nastavnik.publishing.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import ru.nastavnik.events.DecisionView;
import ru.nastavnik.events.EventCard;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.Events;
import ru.nastavnik.events.ProtocolDetails;
import ru.nastavnik.events.RoundTableDecisions;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The news a held event suggests: its date, agenda, outcome (the protocol's decisions) and how many attended —
 * a count, never the list, so that the draft names nobody the curator did not choose to name (the names the event's
 * record holds are removed from the protocol's free text too).
 */
@Component
class EventDrafts {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Events events;
    private final RoundTableDecisions decisions;
    private final MessageSource messages;

    EventDrafts(Events events, RoundTableDecisions decisions, MessageSource messages) {
        this.events = events;
        this.decisions = decisions;
        this.messages = messages;
    }

    /** A draft and what it was drafted from: a round table's decisions are their own kind of news. */
    record Drafted(PublicationSource source, PublicationDraft draft) {}

    Drafted of(NastavnikPrincipal caller, OrganisationId organisation, EventId id) {
        EventCard card = events.card(caller, id);
        EventView event = card.event();
        if (!card.organiser() || !event.organisationId().equals(organisation)) {
            throw new NotFoundException();
        }
        if (event.status() != EventStatus.HELD) {
            throw InvalidInputException.of("event", "publishing.draft.notHeld");
        }
        String kind = event.customKind() != null
                ? event.customKind()
                : text(event.kind().messageKey());
        String date = DATE.format(event.startsAt().atZone(event.zone()));
        List<String> names = names(card);
        if (event.kind() == EventKind.ROUND_TABLE) {
            return new Drafted(PublicationSource.ROUND_TABLE, roundTable(caller, card, date, names));
        }
        StringBuilder body = new StringBuilder();
        body.append("<p>")
                .append(escape(text("publishing.draft.held", date, kind, event.title())))
                .append("</p>");
        if (event.description() != null && !event.description().isBlank()) {
            body.append("<p>").append(escape(event.description())).append("</p>");
        }
        if (!event.agenda().isEmpty()) {
            body.append("<h3>")
                    .append(escape(text("publishing.draft.agenda")))
                    .append("</h3><ol>")
                    .append(event.agenda().stream()
                            .map(a -> "<li>" + escape(a.topic()) + "</li>")
                            .collect(Collectors.joining()))
                    .append("</ol>");
        }
        if (event.protocol() != null
                && event.protocol().decided() != null
                && !event.protocol().decided().isBlank()) {
            body.append("<h3>")
                    .append(escape(text("publishing.draft.outcome")))
                    .append("</h3><p>")
                    .append(escape(NameHiding.hide(event.protocol().decided(), names)))
                    .append("</p>");
        }
        body.append("<p>")
                .append(escape(text("publishing.draft.attended", event.attended())))
                .append("</p>");
        return new Drafted(
                PublicationSource.EVENT, new PublicationDraft(kind + ": " + event.title(), body.toString(), List.of()));
    }

    /**
     * A round table's decisions: the protocol's РЕШИЛИ and its decisions on practices (titles only), its date and how
     * many attended — the chair, the secretary, the speakers and the participants are named nowhere: their names are
     * removed from the decisions' text (every case form), for the curator to name only those who consented.
     */
    private PublicationDraft roundTable(NastavnikPrincipal caller, EventCard card, String date, List<String> names) {
        EventView event = card.event();
        StringBuilder body = new StringBuilder();
        body.append("<p>")
                .append(escape(text("publishingDrafts.roundTable.held", date, event.title())))
                .append("</p>");
        if (!event.agenda().isEmpty()) {
            body.append("<h3>")
                    .append(escape(text("publishingDrafts.roundTable.topics")))
                    .append("</h3><ul>")
                    .append(event.agenda().stream()
                            .map(a -> "<li>" + escape(NameHiding.hide(a.topic(), names)) + "</li>")
                            .collect(Collectors.joining()))
                    .append("</ul>");
        }
        List<String> decided = new ArrayList<>();
        if (event.protocol() != null
                && event.protocol().decided() != null
                && !event.protocol().decided().isBlank()) {
            event.protocol()
                    .decided()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .forEach(l -> decided.add(NameHiding.hide(l, names)));
        }
        decisions.of(caller, event.id()).stream()
                .collect(Collectors.groupingBy(DecisionView::kind, TreeMap::new, Collectors.toList()))
                .forEach((decisionKind, views) -> decided.add(text(
                        decisionKind.messageKey() + ".protocol",
                        views.stream().map(d -> "«" + d.title() + "»").collect(Collectors.joining(", ")))));
        body.append("<h3>")
                .append(escape(text("publishingDrafts.roundTable.decisions")))
                .append("</h3>");
        if (decided.isEmpty()) {
            body.append("<p>")
                    .append(escape(text("publishingDrafts.roundTable.noDecisions")))
                    .append("</p>");
        } else {
            body.append("<ol>")
                    .append(decided.stream()
                            .map(d -> "<li>" + escape(d) + "</li>")
                            .collect(Collectors.joining()))
                    .append("</ol>");
        }
        body.append("<p>")
                .append(escape(text("publishing.draft.attended", event.attended())))
                .append("</p>");
        return new PublicationDraft(
                text("publishingDrafts.roundTable.title", event.title()), body.toString(), List.of());
    }

    /** Whoever the event's record names: the protocol's chair and secretary, the speakers, the participants. */
    private static List<String> names(EventCard card) {
        List<String> names = new ArrayList<>();
        ProtocolDetails protocol = card.event().protocol();
        if (protocol != null) {
            names.add(protocol.chair());
            names.add(protocol.secretary());
        }
        names.addAll(card.speakers());
        card.participants().forEach(p -> names.add(p.fullName()));
        if (card.organiserName() != null) {
            names.add(card.organiserName());
        }
        return names.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
