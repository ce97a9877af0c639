package ru.nastavnik.documents.internal.declension;

import java.util.Set;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.shared.Gender;

/** Surnames: the exceptions to petrovich4j's tables, then the tables themselves. */
final class Surnames {

    /** First parts of a double surname that are no surname alone and so never decline (Бонч-Бруевича, Тер-Петросяна). */
    private static final Set<String> INVARIABLE_PREFIXES = Set.of("бонч", "тер", "сент", "сен", "ибн", "кара");

    /**
     * Foreign surnames in -ин take the noun ending -ом in the instrumental (Чаплином), where Russian possessive
     * surnames take -ым (Пушкиным). The two cannot be told apart by spelling, so only these known ones are foreign;
     * any other is fixed by the per-person override.
     */
    private static final Set<String> FOREIGN_IN = Set.of(
            "чаплин",
            "дарвин",
            "франклин",
            "гершвин",
            "берлин",
            "кронин",
            "гриффин",
            "расин",
            "кальвин",
            "мерлин",
            "маклафлин");

    private static final String VOWELS = "аеёиоуыэюя";

    private Surnames() {}

    static String decline(String surname, Gender gender, GrammaticalCase grammaticalCase) {
        String[] parts = surname.split("-", -1);
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean prefix = i < parts.length - 1 && INVARIABLE_PREFIXES.contains(parts[i]);
            result.append(i == 0 ? "" : "-")
                    .append(prefix || parts[i].isEmpty() ? parts[i] : declineOne(parts[i], gender, grammaticalCase));
        }
        return result.toString();
    }

    private static String declineOne(String surname, Gender gender, GrammaticalCase grammaticalCase) {
        if (isIndeclinable(surname, gender)) {
            return surname;
        }
        if (surname.length() > 3 && surname.endsWith("ия")) {
            return Endings.IYA.apply(surname, 1, grammaticalCase);
        }
        if (gender == Gender.MALE && (isKoreanOy(surname) || surname.endsWith("эй"))) {
            // a noun in -й like «герой», as English surnames in -эй are too (Хемингуэя, Мэя), where petrovich4j keeps
            // them
            return Endings.SOFT_MASCULINE.apply(surname, 1, grammaticalCase);
        }
        if (gender == Gender.MALE && grammaticalCase == GrammaticalCase.INSTRUMENTAL && FOREIGN_IN.contains(surname)) {
            return surname + "ом";
        }
        return Petrovich4j.lastName(surname, gender, grammaticalCase);
    }

    /**
     * Surnames ending in -о, -е, -и, -у, -ю, -э (Шевченко, Гюго, Гёте, Ли, Шоу, Камю) and the Siberian -ых (Черных)
     * never decline; a woman's surname declines only when it ends in -а or -я, so Ким, Цой and Шмидт stay as they are
     * for women. The Siberian -их (Долгих) is left to petrovich4j, which tells it apart from the German -их (Ульриха).
     */
    private static boolean isIndeclinable(String surname, Gender gender) {
        char last = surname.charAt(surname.length() - 1);
        if ("еёиоуыэю".indexOf(last) >= 0 || surname.endsWith("ых")) {
            return true;
        }
        return gender == Gender.FEMALE && last != 'а' && last != 'я';
    }

    /**
     * A one-syllable surname in -ой is Korean (Цой, Хой, Чой) and declines as a noun in -й (Цоя, Цоем); the Russian
     * ones are adjectives of two syllables or more (Толстой → Толстого) and are left to petrovich4j.
     */
    private static boolean isKoreanOy(String surname) {
        if (!surname.endsWith("ой")) {
            return false;
        }
        long vowels =
                surname.chars().filter(letter -> VOWELS.indexOf(letter) >= 0).count();
        return vowels == 1;
    }
}
