package ru.nastavnik.roadmap.internal;

import java.util.List;
import ru.nastavnik.mentorship.OrderView;

/**
 * One stage of the roadmap: its number and title key, the figures that say how far it has come, and the orders that
 * enact it (stage 1 is the order approving the Regulation and the roadmap; stage 5 the pairs' and programmes' orders).
 */
public record StageProgress(int number, String titleKey, List<Figure> figures, String link, List<OrderView> orders) {

    public StageProgress {
        figures = List.copyOf(figures);
        orders = List.copyOf(orders);
    }

    public record Figure(String labelKey, long value, Long outOf) {

        public int percent() {
            return outOf == null || outOf == 0 ? 0 : (int) Math.min(100, value * 100 / outOf);
        }

        /**
         * The progress bar's width class ({@code w-0} … {@code w-100}), the percent rounded down to a quarter: worked
         * out here, the template's four nested conditions stayed interpreted (SpEL compiles only branches it has seen).
         */
        public int widthStep() {
            return percent() / 25 * 25;
        }
    }
}
