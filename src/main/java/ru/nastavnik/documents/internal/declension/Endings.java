package ru.nastavnik.documents.internal.declension;

import ru.nastavnik.documents.GrammaticalCase;

/** The endings of one declension pattern, added to the stem in each oblique case. */
record Endings(String genitive, String dative, String accusative, String instrumental, String prepositional) {

    /** Like Мария: Данелия → Данелии, Данелию, Данелией. */
    static final Endings IYA = new Endings("и", "и", "ю", "ей", "и");

    /** A masculine noun in -й, like «герой»: Цой → Цоя, Цою, Цоем, Цое. */
    static final Endings SOFT_MASCULINE = new Endings("я", "ю", "я", "ем", "е");

    /** The third declension, like «тетрадь»: Нинель → Нинели, Нинелью; the accusative equals the nominative. */
    static final Endings THIRD_DECLENSION = new Endings("и", "и", "ь", "ью", "и");

    String of(GrammaticalCase grammaticalCase) {
        return switch (grammaticalCase) {
            case GENITIVE -> genitive;
            case DATIVE -> dative;
            case ACCUSATIVE -> accusative;
            case INSTRUMENTAL -> instrumental;
            case PREPOSITIONAL -> prepositional;
            case NOMINATIVE -> throw new IllegalArgumentException("the nominative is the recorded form");
        };
    }

    /** Replaces the word's last {@code cut} letters by the ending of the case. */
    String apply(String word, int cut, GrammaticalCase grammaticalCase) {
        return word.substring(0, word.length() - cut) + of(grammaticalCase);
    }
}
