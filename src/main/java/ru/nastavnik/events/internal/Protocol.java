package ru.nastavnik.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.ProtocolDetails;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;

/** A protocol needs its number, a chair and a secretary (they sign it); the rest may be filled in later. */
@Embeddable
class Protocol {

    @Column(name = "protocol_number")
    private String number;

    @Column(name = "protocol_chair")
    private String chair;

    @Column(name = "protocol_secretary")
    private String secretary;

    @Column(name = "protocol_heard")
    private String heard;

    @Column(name = "protocol_spoke")
    private String spoke;

    @Column(name = "protocol_decided")
    private String decided;

    protected Protocol() {}

    Protocol(ProtocolDetails d) {
        check(d);
        this.number = d.number().strip();
        this.chair = d.chair().strip();
        this.secretary = d.secretary().strip();
        this.heard = EventRules.blankToNull(d.heard());
        this.spoke = EventRules.blankToNull(d.spoke());
        this.decided = EventRules.blankToNull(d.decided());
    }

    /** Only a seminar, a conference or a round table keeps a protocol; a cancelled event has nothing to record. */
    static Protocol record(EventKind kind, EventStatus status, ProtocolDetails details) {
        if (!kind.hasProtocol()) {
            throw InvalidInputException.of("kind", "event.protocol.notForKind");
        }
        if (status == EventStatus.CANCELLED) {
            throw InvalidInputException.of("status", "event.cancelled");
        }
        return new Protocol(details);
    }

    /** The protocol to print: refused, naming the field, while its number, chair or secretary is missing. */
    static ProtocolDetails toPrint(EventKind kind, Protocol saved) {
        if (!kind.hasProtocol()) {
            throw InvalidInputException.of("kind", "event.protocol.notForKind");
        }
        ProtocolDetails details =
                saved == null ? new ProtocolDetails(null, null, null, null, null, null) : saved.details();
        check(details);
        return details;
    }

    static void check(ProtocolDetails d) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "number", d.number(), 30);
        required(problems, "chair", d.chair(), 300);
        required(problems, "secretary", d.secretary(), 300);
        for (String field : List.of("heard", "spoke", "decided")) {
            String text = switch (field) {
                case "heard" -> d.heard();
                case "spoke" -> d.spoke();
                default -> d.decided();
            };
            if (text != null && text.strip().length() > 8000) {
                problems.add(Problem.field(field, "event.protocol.text.tooLong"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.field(field, "event.protocol." + field + ".required"));
        } else if (value.strip().length() > max) {
            problems.add(Problem.field(field, "event.protocol." + field + ".tooLong", max));
        }
    }

    /** Hibernate leaves an embeddable whose columns are all null as null; a half-empty one is no protocol either. */
    boolean complete() {
        return number != null && chair != null && secretary != null;
    }

    ProtocolDetails details() {
        return new ProtocolDetails(number, chair, secretary, heard, spoke, decided);
    }
}
