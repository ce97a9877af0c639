package ru.nastavnik.publishing.internal;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.IntStream;
import ru.nastavnik.publishing.PublicationSource;

/**
 * A roadmap stage (1–7) as the public news are filtered and labelled by it. An item's stages are decided in this
 * order: the stages of the roadmap activities the curator linked it to as evidence (what she says it covers); else
 * the stage its source names without doubt — a round table's decisions and a completed programme belong to stage 6
 * (the programmes' completion: conference, round table); else none («не привязана к этапу»). An order and a held
 * event are not placed by their kind alone: an order is the Regulation (stage 1) or the pairs (stage 5), an event a
 * mentors' session (stage 4) or a conference (stage 6) — the curator links them.
 */
public record NewsStage(int number) {

    public static final int FIRST = 1;
    public static final int LAST = 7;

    public NewsStage {
        if (number < FIRST || number > LAST) {
            throw new BadStage(Integer.toString(number));
        }
    }

    /** Every stage, for the filter's links. */
    public static List<NewsStage> all() {
        return IntStream.rangeClosed(FIRST, LAST).mapToObj(NewsStage::new).toList();
    }

    /** A stage from the address: none (null or blank) shows every stage; anything but 1–7 is refused. */
    public static NewsStage parse(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String text = given.strip();
        if (!text.matches("\\d")) {
            throw new BadStage(text);
        }
        return new NewsStage(Integer.parseInt(text));
    }

    /** The stage a source kind names without doubt, if any. */
    public static Optional<Integer> natural(PublicationSource source) {
        return source == PublicationSource.ROUND_TABLE || source == PublicationSource.PROGRAMME
                ? Optional.of(6)
                : Optional.empty();
    }

    /** An item's stages: those it is linked to, else its source's, else none. */
    static List<Integer> of(SortedSet<Integer> linked, PublicationSource source) {
        if (linked != null && !linked.isEmpty()) {
            return List.copyOf(linked);
        }
        return natural(source).map(List::of).orElse(List.of());
    }

    /** The source kinds whose items, when linked to nothing, are at {@code stage}. */
    static List<String> naturalSources(NewsStage stage) {
        return java.util.Arrays.stream(PublicationSource.values())
                .filter(s -> natural(s).filter(n -> n == stage.number()).isPresent())
                .map(Enum::name)
                .toList();
    }

    public String titleKey() {
        return "roadmap.stage" + number;
    }

    /** A stage that is not a whole number from 1 to 7; {@code given} is what the address held. */
    public static final class BadStage extends RuntimeException {

        private final String given;

        BadStage(String given) {
            super("bad roadmap stage");
            this.given = given.length() > 20 ? given.substring(0, 20) + "…" : given;
        }

        public String given() {
            return given;
        }
    }
}
