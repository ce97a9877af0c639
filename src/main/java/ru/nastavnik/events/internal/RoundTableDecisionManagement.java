package ru.nastavnik.events.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.DecisionKind;
import ru.nastavnik.events.DecisionView;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.RoundTableDecisions;
import ru.nastavnik.practices.PracticeDecisions;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A round table's decisions on the practices of its organiser's library (ROUND_TABLE only, once it has begun, by its
 * organiser): «признать лучшими» accepts them into the library, «рекомендовать на уровень выше» proposes them
 * upward — both through practices' {@code PracticeDecisions}, with ids only. A refused practice refuses the whole
 * decision. Everyone who sees the event sees its decisions (other modules through {@link RoundTableDecisions}); the
 * protocol's РЕШИЛИ lists them.
 */
@Service
@Transactional
public class RoundTableDecisionManagement implements RoundTableDecisions {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final EventManagement management;
    private final EventRepository events;
    private final EventAccess access;
    private final RoundTableDecisionRepository decisions;
    private final PracticeDecisions practices;
    private final MessageSource messages;
    private final Clock clock;

    RoundTableDecisionManagement(
            EventManagement management,
            EventRepository events,
            EventAccess access,
            RoundTableDecisionRepository decisions,
            PracticeDecisions practices,
            MessageSource messages,
            Clock clock) {
        this.management = management;
        this.events = events;
        this.access = access;
        this.decisions = decisions;
        this.practices = practices;
        this.messages = messages;
        this.clock = clock;
    }

    public List<DecisionView> record(NastavnikPrincipal caller, EventId id, DecisionKind kind, List<PracticeId> named) {
        Event event = management.changing(caller, id);
        event.requireDecisions(clock.instant());
        if (kind == null) {
            throw ru.nastavnik.shared.InvalidInputException.of("kind", "event.decision.kind.required");
        }
        List<PracticeId> chosen =
                named == null ? List.of() : named.stream().distinct().toList();
        if (kind == DecisionKind.RECOGNISE_BEST) {
            practices.recogniseBest(event.organisation(), event.id(), chosen);
        } else {
            practices.recommendUpward(event.organisation(), event.id(), chosen);
        }
        // a practice returned from above may be recommended again by the same round table: one line says it
        java.util.Set<PracticeId> recorded = decisions.ofEvent(event.id()).stream()
                .filter(d -> d.kind() == kind)
                .map(RoundTableDecision::practice)
                .collect(Collectors.toSet());
        chosen.stream()
                .filter(p -> !recorded.contains(p))
                .forEach(p -> decisions.save(new RoundTableDecision(event, kind, p, clock.instant())));
        return views(event);
    }

    @Transactional(readOnly = true)
    @Override
    public List<DecisionView> of(NastavnikPrincipal caller, EventId id) {
        return views(access.visible(caller, events.findById(id.value())));
    }

    /** The practices the organiser's round table may name; none for another kind of event or another caller. */
    @Transactional(readOnly = true)
    public List<PracticeDecisions.Candidate> candidates(NastavnikPrincipal caller, EventId id) {
        Event event = management.organised(caller, id);
        return event.view().kind() == EventKind.ROUND_TABLE ? practices.candidates(event.organisation()) : List.of();
    }

    /** The decisions as the protocol's РЕШИЛИ words them, one line a kind. */
    String protocolText(Event event) {
        Map<DecisionKind, List<DecisionView>> byKind = views(event).stream()
                .collect(Collectors.groupingBy(DecisionView::kind, java.util.TreeMap::new, Collectors.toList()));
        return byKind.entrySet().stream()
                .map(e -> messages.getMessage(
                        e.getKey() == DecisionKind.RECOMMEND_UPWARD
                                ? e.getKey().messageKey() + ".protocol." + access.kindOf(event.organisation())
                                : e.getKey().messageKey() + ".protocol",
                        new Object[] {
                            e.getValue().stream()
                                    .map(d -> "«" + d.title() + "»")
                                    .collect(Collectors.joining(", "))
                        },
                        RUSSIAN))
                .collect(Collectors.joining("\n"));
    }

    private List<DecisionView> views(Event event) {
        List<RoundTableDecision> found = decisions.ofEvent(event.id());
        Map<PracticeId, String> titles = found.isEmpty()
                ? Map.of()
                : practices.titles(
                        found.stream().map(RoundTableDecision::practice).toList());
        return found.stream()
                .map(d -> new DecisionView(
                        d.kind(), d.practice(), titles.getOrDefault(d.practice(), "—"), d.recordedAt()))
                .toList();
    }
}
