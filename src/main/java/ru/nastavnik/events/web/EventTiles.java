package ru.nastavnik.events.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.events.EventSummary;
import ru.nastavnik.events.Events;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/**
 * The landing page's coming events for a teacher: those she is invited to and has not answered, registered for or
 * waits for a place at — an invitation to a setting-up session reached her only by mail or by the list of all events.
 */
@Component
class EventTiles implements HomeTiles {

    static final int SHOWN = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Events events;

    EventTiles(Events events) {
        this.events = events;
    }

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        if (me.homeOrganisation().isEmpty()) {
            return List.of();
        }
        List<EventSummary> coming = events.comingForMe(me, SHOWN);
        if (coming.isEmpty()) {
            return List.of();
        }
        List<HomeTile.Line> lines = coming.stream()
                .map(e -> new HomeTile.Line(
                        e.event().title(),
                        "/events/" + e.event().id(),
                        e.mine() == null
                                ? "home.events.unanswered"
                                : "home.events." + e.mine().name(),
                        List.of(
                                WHEN.format(
                                        e.event().startsAt().atZone(e.event().zone())),
                                e.organiserName())))
                .toList();
        long unanswered = coming.stream().filter(e -> e.mine() == null).count();
        return List.of(new HomeTile(
                "tile-events", 25, "home.events.title", "/events", "home.events.text", List.of(unanswered), lines));
    }
}
