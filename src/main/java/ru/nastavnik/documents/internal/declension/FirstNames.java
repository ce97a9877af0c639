package ru.nastavnik.documents.internal.declension;

import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.shared.Gender;

/** First names: the exceptions to petrovich4j's tables, then the tables themselves. */
final class FirstNames {

    private static final String CONSONANTS = "бвгджзйклмнпрстфхцчшщ";

    private FirstNames() {}

    /** Each part of a double first name declines on its own (Анна-Мария → Анны-Марии). */
    static String decline(String firstName, Gender gender, GrammaticalCase grammaticalCase) {
        String[] parts = firstName.split("-", -1);
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            result.append(i == 0 ? "" : "-")
                    .append(parts[i].isEmpty() ? parts[i] : declineOne(parts[i], gender, grammaticalCase));
        }
        return result.toString();
    }

    private static String declineOne(String name, Gender gender, GrammaticalCase grammaticalCase) {
        if (gender == Gender.MALE && name.equals("илья") && grammaticalCase == GrammaticalCase.INSTRUMENTAL) {
            // the ending is stressed, and a stressed «о» after a soft consonant is written «ё»: Ильёй, not Ильей
            return "ильёй";
        }
        if (gender == Gender.FEMALE && isThirdDeclension(name)) {
            return Endings.THIRD_DECLENSION.apply(name, 1, grammaticalCase);
        }
        return Petrovich4j.firstName(name, gender, grammaticalCase);
    }

    /**
     * A woman's name in a consonant and -ь declines like «тетрадь» (Любовь → Любови, Нинель → Нинели,
     * Айгюль → Айгюлью), where petrovich4j knows only Любовь.
     */
    private static boolean isThirdDeclension(String name) {
        return name.length() > 2 && name.endsWith("ь") && CONSONANTS.indexOf(name.charAt(name.length() - 2)) >= 0;
    }
}
