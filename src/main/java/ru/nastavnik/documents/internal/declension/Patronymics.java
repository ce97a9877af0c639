package ru.nastavnik.documents.internal.declension;

import java.util.Set;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.shared.Gender;

/** Patronymics: the exceptions to petrovich4j's tables, then the tables themselves. */
final class Patronymics {

    /**
     * Turkic patronymics are the father's name followed by «son of» or «daughter of» (Гусейн оглы, Ибрагим кызы);
     * the whole phrase is invariable in Russian documents: «Алиева Рашида Гусейн оглы».
     */
    private static final Set<String> TURKIC_PARTICLES =
            Set.of("оглы", "оглу", "огли", "улы", "уулу", "кызы", "гызы", "кизи");

    /**
     * After «ч» a stressed ending is written -ом and an unstressed one -ем. These short patronymics are stressed on
     * the ending (Кузьмичом, Ильичом); the ones in -ович/-евич are not (Сергеевичем).
     */
    private static final Set<String> STRESSED_ICH = Set.of("ильич", "кузьмич", "лукич", "фомич");

    private Patronymics() {}

    static boolean isTurkic(String patronymic) {
        String[] words = patronymic.split("[ -]");
        return words.length > 1 && TURKIC_PARTICLES.contains(words[words.length - 1]);
    }

    static String decline(String patronymic, Gender gender, GrammaticalCase grammaticalCase) {
        if (gender == Gender.MALE
                && grammaticalCase == GrammaticalCase.INSTRUMENTAL
                && STRESSED_ICH.contains(patronymic)) {
            return patronymic + "ом";
        }
        return Petrovich4j.patronymic(patronymic, gender, grammaticalCase);
    }
}
