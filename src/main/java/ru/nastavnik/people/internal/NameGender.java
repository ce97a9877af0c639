package ru.nastavnik.people.internal;

import java.util.Locale;
import java.util.Set;
import ru.nastavnik.shared.Gender;

/**
 * A person's gender as her full name states it, for a school's staff list that has no column for it (most have
 * none): the patronymic (…вич/…ич, …вна/…ична; Turkic «оглы»/«кызы»), else the surname's Russian ending
 * (…ов/…ова, …ин/…ина, …ский/…ская). Null where the name does not say (Ли Ен Хо, Черных Саша): the curator is asked.
 */
final class NameGender {

    private static final Set<String> SON_OF = Set.of("оглы", "оглу", "огли", "улы", "уулу");
    private static final Set<String> DAUGHTER_OF = Set.of("кызы", "гызы", "кизи");

    private NameGender() {}

    static Gender of(String lastName, String middleName) {
        Gender byPatronymic = byPatronymic(middleName);
        return byPatronymic != null ? byPatronymic : bySurname(lastName);
    }

    /** The Turkic «son of», «daughter of» of a patronymic, written in small letters: «Гусейн оглы». */
    static boolean isParticle(String word) {
        return SON_OF.contains(word) || DAUGHTER_OF.contains(word);
    }

    private static Gender byPatronymic(String middleName) {
        String word = lastWord(middleName);
        if (word == null) {
            return null;
        }
        if (SON_OF.contains(word) || word.length() > 3 && word.endsWith("ич")) {
            return Gender.MALE;
        }
        if (DAUGHTER_OF.contains(word)
                || word.length() > 4 && (word.endsWith("вна") || word.endsWith("чна") || word.endsWith("шна"))) {
            return Gender.FEMALE;
        }
        return null;
    }

    private static Gender bySurname(String lastName) {
        String word = lastWord(lastName);
        if (word == null || word.length() < 4) {
            return null;
        }
        // a double surname declines by its last part: «Петрова-Водкина»
        String last = word.substring(word.lastIndexOf('-') + 1);
        if (last.matches(".+(?:ова|ева|ёва|ина|ына|ская|цкая)")) {
            return Gender.FEMALE;
        }
        if (last.matches(".+(?:ов|ев|ёв|ин|ын|ский|цкий)")) {
            return Gender.MALE;
        }
        return null;
    }

    private static String lastWord(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }
}
