package ru.nastavnik.publishing.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.nastavnik.shared.InvalidInputException;

/**
 * The figures a school shows, in its order: each known and chosen once. Blank entries (an unused place of the form)
 * are skipped; anything else wrong refuses the whole choice, naming the field, the place and the value.
 */
public record FigureChoice(List<PublicFigure> figures) {

    /** The field the choice is sent in, by the page's form and the API alike. */
    public static final String FIELD = "figures";

    public FigureChoice {
        figures = List.copyOf(figures);
        if (EnumSet.copyOf(figures.isEmpty() ? EnumSet.noneOf(PublicFigure.class) : figures)
                        .size()
                != figures.size()) {
            throw new IllegalArgumentException("a figure chosen twice");
        }
    }

    public static FigureChoice of(Collection<String> keys) {
        List<PublicFigure> chosen = new ArrayList<>();
        Set<PublicFigure> seen = EnumSet.noneOf(PublicFigure.class);
        int place = 0;
        for (String key : keys == null ? List.<String>of() : keys) {
            place++;
            if (key == null || key.isBlank()) {
                continue;
            }
            PublicFigure figure = parse(key.strip(), place);
            if (!seen.add(figure)) {
                throw InvalidInputException.of(FIELD, "publishingFigures.duplicate", FIELD, place, key.strip());
            }
            chosen.add(figure);
        }
        return new FigureChoice(chosen);
    }

    private static PublicFigure parse(String key, int place) {
        try {
            return PublicFigure.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(FIELD, "publishingFigures.unknown", FIELD, place, abbreviated(key));
        }
    }

    private static String abbreviated(String key) {
        return key.length() > 40 ? key.substring(0, 40) + "…" : key;
    }
}
