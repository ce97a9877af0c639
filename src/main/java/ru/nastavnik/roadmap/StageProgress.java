package ru.nastavnik.roadmap;

import java.util.List;

/** One stage of the roadmap: its number and title key, and the figures that say how far it has come. */
public record StageProgress(int number, String titleKey, List<Figure> figures, String link) {

    public record Figure(String labelKey, long value, Long outOf) {

        public int percent() {
            return outOf == null || outOf == 0 ? 0 : (int) Math.min(100, value * 100 / outOf);
        }
    }
}
