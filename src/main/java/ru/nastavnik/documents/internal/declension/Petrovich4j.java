package ru.nastavnik.documents.internal.declension;

import com.github.petrovich4j.Case;
import com.github.petrovich4j.NameType;
import com.github.petrovich4j.Petrovich;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.shared.Gender;

/**
 * The petrovich4j rule tables, which decline ordinary Russian names. Always called with the recorded gender:
 * petrovich4j's own guess fails on names shared by both genders (Ким, Шевченко, Саша).
 */
final class Petrovich4j {

    /** Holds only the immutable rule tables, so one instance serves every thread. */
    private static final Petrovich PETROVICH = new Petrovich();

    private Petrovich4j() {}

    static String lastName(String word, Gender gender, GrammaticalCase grammaticalCase) {
        return say(word, NameType.LastName, gender, grammaticalCase);
    }

    static String firstName(String word, Gender gender, GrammaticalCase grammaticalCase) {
        return say(word, NameType.FirstName, gender, grammaticalCase);
    }

    static String patronymic(String word, Gender gender, GrammaticalCase grammaticalCase) {
        return say(word, NameType.PatronymicName, gender, grammaticalCase);
    }

    private static String say(String word, NameType type, Gender gender, GrammaticalCase grammaticalCase) {
        if (grammaticalCase == GrammaticalCase.NOMINATIVE) {
            return word;
        }
        com.github.petrovich4j.Gender petrovichGender =
                gender == Gender.MALE ? com.github.petrovich4j.Gender.Male : com.github.petrovich4j.Gender.Female;
        return PETROVICH.say(word, type, petrovichGender, petrovichCase(grammaticalCase));
    }

    private static Case petrovichCase(GrammaticalCase grammaticalCase) {
        return switch (grammaticalCase) {
            case GENITIVE -> Case.Genitive;
            case DATIVE -> Case.Dative;
            case ACCUSATIVE -> Case.Accusative;
            case INSTRUMENTAL -> Case.Instrumental;
            case PREPOSITIONAL -> Case.Prepositional;
            case NOMINATIVE -> throw new IllegalArgumentException("the nominative is the recorded form");
        };
    }
}
