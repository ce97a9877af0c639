package ru.nastavnik.documents.internal.declension;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.documents.GrammaticalCase.ACCUSATIVE;
import static ru.nastavnik.documents.GrammaticalCase.DATIVE;
import static ru.nastavnik.documents.GrammaticalCase.GENITIVE;
import static ru.nastavnik.documents.GrammaticalCase.INSTRUMENTAL;
import static ru.nastavnik.documents.GrammaticalCase.NOMINATIVE;
import static ru.nastavnik.documents.GrammaticalCase.PREPOSITIONAL;
import static ru.nastavnik.shared.Gender.FEMALE;
import static ru.nastavnik.shared.Gender.MALE;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.shared.Gender;

/** One test per exception that our layer adds to petrovich4j. */
class DeclensionRulesTests {

    private static final List<GrammaticalCase> OBLIQUE =
            List.of(GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, PREPOSITIONAL);

    @Test
    void hyphenatedSurnameDeclinesEachPartButNotPrefixes() {
        assertThat(surname("Римская-Корсакова", FEMALE))
                .containsExactly(
                        "Римской-Корсаковой",
                        "Римской-Корсаковой",
                        "Римскую-Корсакову",
                        "Римской-Корсаковой",
                        "Римской-Корсаковой");
        assertThat(surname("Салтыков-Щедрин", MALE))
                .containsExactly(
                        "Салтыкова-Щедрина",
                        "Салтыкову-Щедрину",
                        "Салтыкова-Щедрина",
                        "Салтыковым-Щедриным",
                        "Салтыкове-Щедрине");
        assertThat(surname("Бонч-Бруевич", MALE))
                .containsExactly("Бонч-Бруевича", "Бонч-Бруевичу", "Бонч-Бруевича", "Бонч-Бруевичем", "Бонч-Бруевиче");
        assertThat(surname("Тер-Петросян", MALE))
                .containsExactly("Тер-Петросяна", "Тер-Петросяну", "Тер-Петросяна", "Тер-Петросяном", "Тер-Петросяне");
        assertThat(Declension.lastName("Сент-Экзюпери", MALE, GENITIVE)).isEqualTo("Сент-Экзюпери");
        assertThat(Declension.lastName("Ибн-Хаттаб", MALE, DATIVE)).isEqualTo("Ибн-Хаттабу");
    }

    @Test
    void letterCaseOfTheRecordedNameIsKept() {
        assertThat(Declension.lastName("ИВАНОВ", MALE, GENITIVE)).isEqualTo("ИВАНОВА");
        assertThat(Declension.lastName("иванов", MALE, GENITIVE)).isEqualTo("иванова");
        assertThat(Declension.firstName("ЛЕВ", MALE, GENITIVE)).isEqualTo("ЛЬВА");
        assertThat(Declension.lastName("РИМСКАЯ-корсакова", FEMALE, GENITIVE)).isEqualTo("РИМСКОЙ-корсаковой");
        assertThat(Declension.lastName("МакКензи", MALE, GENITIVE)).isEqualTo("МакКензи");
        assertThat(LetterCase.restore("Мак-Грегор", "мак-грегора")).isEqualTo("Мак-Грегора");
    }

    @Test
    void stressedIchPatronymicTakesOmInTheInstrumentalOnly() {
        assertThat(patronymic("Кузьмич", MALE))
                .containsExactly("Кузьмича", "Кузьмичу", "Кузьмича", "Кузьмичом", "Кузьмиче");
        assertThat(Declension.middleName("Лукич", MALE, INSTRUMENTAL)).isEqualTo("Лукичом");
        assertThat(Declension.middleName("Ильич", MALE, INSTRUMENTAL)).isEqualTo("Ильичом");
        assertThat(Declension.middleName("Фомич", MALE, INSTRUMENTAL)).isEqualTo("Фомичом");
        assertThat(Declension.middleName("Никитич", MALE, INSTRUMENTAL)).isEqualTo("Никитичем");
        assertThat(Declension.middleName("Сергеевич", MALE, INSTRUMENTAL)).isEqualTo("Сергеевичем");
    }

    @Test
    void knownForeignInSurnameTakesOmInTheInstrumentalWhileRussianOnesKeepYm() {
        assertThat(surname("Чаплин", MALE)).containsExactly("Чаплина", "Чаплину", "Чаплина", "Чаплином", "Чаплине");
        assertThat(Declension.lastName("Дарвин", MALE, INSTRUMENTAL)).isEqualTo("Дарвином");
        assertThat(Declension.lastName("Пушкин", MALE, INSTRUMENTAL)).isEqualTo("Пушкиным");
        assertThat(Declension.lastName("Ильин", MALE, INSTRUMENTAL)).isEqualTo("Ильиным");
        assertThat(Declension.lastName("Чаплин", FEMALE, INSTRUMENTAL)).isEqualTo("Чаплин");
    }

    @Test
    void koreanOySurnameDeclinesAsANounForMenAndNotForWomen() {
        assertThat(surname("Цой", MALE)).containsExactly("Цоя", "Цою", "Цоя", "Цоем", "Цое");
        assertThat(surname("Хой", MALE)).containsExactly("Хоя", "Хою", "Хоя", "Хоем", "Хое");
        assertThat(surname("Цой", FEMALE)).containsOnly("Цой");
        assertThat(surname("Толстой", MALE)).containsExactly("Толстого", "Толстому", "Толстого", "Толстым", "Толстом");
    }

    @Test
    void englishEySurnameDeclinesAsANounForMenAndNotForWomen() {
        assertThat(surname("Хемингуэй", MALE))
                .containsExactly("Хемингуэя", "Хемингуэю", "Хемингуэя", "Хемингуэем", "Хемингуэе");
        assertThat(Declension.lastName("Мэй", MALE, GENITIVE)).isEqualTo("Мэя");
        assertThat(surname("Мэй", FEMALE)).containsOnly("Мэй");
    }

    @Test
    void iyaSurnameDeclinesLikeMariaForBothGenders() {
        List<String> forms = List.of("Данелии", "Данелии", "Данелию", "Данелией", "Данелии");

        assertThat(surname("Данелия", MALE)).isEqualTo(forms);
        assertThat(surname("Данелия", FEMALE)).isEqualTo(forms);
        assertThat(Declension.lastName("Шенгелия", MALE, INSTRUMENTAL)).isEqualTo("Шенгелией");
    }

    @Test
    void yoIsNeverReplacedByYe() {
        assertThat(firstName("Илья", MALE)).containsExactly("Ильи", "Илье", "Илью", "Ильёй", "Илье");
        assertThat(Declension.firstName("Артём", MALE, GENITIVE)).isEqualTo("Артёма");
        assertThat(Declension.firstName("Семён", MALE, INSTRUMENTAL)).isEqualTo("Семёном");
        assertThat(Declension.firstName("Фёдор", MALE, DATIVE)).isEqualTo("Фёдору");
        assertThat(Declension.lastName("Королёва", FEMALE, ACCUSATIVE)).isEqualTo("Королёву");
        assertThat(Declension.middleName("Фёдоровна", FEMALE, GENITIVE)).isEqualTo("Фёдоровны");
        // the ё of Пётр is stressed only in the nominative, so the other forms are written with е
        assertThat(Declension.firstName("Пётр", MALE, GENITIVE)).isEqualTo("Петра");
    }

    @Test
    void indeclinableSurnamesStayUnchanged() {
        for (String surname : List.of(
                "Шевченко",
                "Бондаренко",
                "Гюго",
                "Дюма",
                "Черных",
                "Седых",
                "Долгих",
                "Ли",
                "Гёте",
                "Камю",
                "Шоу",
                "Верди")) {
            assertThat(surname(surname, MALE)).as(surname).containsOnly(surname);
            assertThat(surname(surname, FEMALE)).as(surname).containsOnly(surname);
        }
    }

    @Test
    void womensConsonantSurnamesStayUnchangedWhileMensDecline() {
        for (String surname : List.of("Ким", "Шмидт", "Петросян", "Ковальчук", "Гоголь")) {
            assertThat(surname(surname, FEMALE)).as(surname).containsOnly(surname);
        }
        assertThat(surname("Шмидт", MALE)).containsExactly("Шмидта", "Шмидту", "Шмидта", "Шмидтом", "Шмидте");
        assertThat(surname("Ким", MALE)).containsExactly("Кима", "Киму", "Кима", "Кимом", "Киме");
    }

    @Test
    void turkicPatronymicIsInvariable() {
        assertThat(patronymic("Гусейн оглы", MALE)).containsOnly("Гусейн оглы");
        assertThat(patronymic("Ибрагим кызы", FEMALE)).containsOnly("Ибрагим кызы");
        assertThat(patronymic("Тимур-оглы", MALE)).containsOnly("Тимур-оглы");
    }

    @Test
    void womensNamesInASoftConsonantFollowTheThirdDeclension() {
        assertThat(firstName("Любовь", FEMALE)).containsExactly("Любови", "Любови", "Любовь", "Любовью", "Любови");
        assertThat(firstName("Айгюль", FEMALE)).containsExactly("Айгюли", "Айгюли", "Айгюль", "Айгюлью", "Айгюли");
        assertThat(Declension.firstName("Нинель", FEMALE, INSTRUMENTAL)).isEqualTo("Нинелью");
        assertThat(Declension.firstName("Игорь", MALE, INSTRUMENTAL)).isEqualTo("Игорем");
    }

    @Test
    void particlesBeforeTheLastWordStayUnchanged() {
        assertThat(Declension.lastName("Ван Гог", MALE, GENITIVE)).isEqualTo("Ван Гога");
        assertThat(Declension.lastName("де Голль", MALE, INSTRUMENTAL)).isEqualTo("де Голлем");
    }

    @Test
    void nominativeAndMissingPartsNeedNoRules() {
        assertThat(Declension.lastName(" Цой ", MALE, NOMINATIVE)).isEqualTo("Цой");
        assertThat(Declension.middleName(null, MALE, GENITIVE)).isEmpty();
        assertThat(Declension.middleName(" ", FEMALE, GENITIVE)).isEmpty();
    }

    private static List<String> surname(String surname, Gender gender) {
        return OBLIQUE.stream()
                .map(c -> Declension.lastName(surname, gender, c))
                .toList();
    }

    private static List<String> firstName(String name, Gender gender) {
        return OBLIQUE.stream().map(c -> Declension.firstName(name, gender, c)).toList();
    }

    private static List<String> patronymic(String patronymic, Gender gender) {
        return OBLIQUE.stream()
                .map(c -> Declension.middleName(patronymic, gender, c))
                .toList();
    }
}
