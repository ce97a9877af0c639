package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.documents.GrammaticalCase.ACCUSATIVE;
import static ru.nastavnik.documents.GrammaticalCase.DATIVE;
import static ru.nastavnik.documents.GrammaticalCase.GENITIVE;
import static ru.nastavnik.documents.GrammaticalCase.INSTRUMENTAL;
import static ru.nastavnik.documents.GrammaticalCase.NOMINATIVE;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.Gender;

class NameDeclensionTests {

    private static final PersonName MARIA = PersonName.of("Иванова", "Мария", "Петровна", Gender.FEMALE);

    @Test
    void overrideAlwaysWins() {
        PersonName chaplin = new PersonName(
                "Чаплин",
                "Чарльз",
                null,
                Gender.MALE,
                Map.of(GENITIVE, "Чаплин Чарльза", INSTRUMENTAL, "Чарли Чаплином и ещё кем-то"));

        assertThat(NameDeclension.fullName(chaplin, GENITIVE)).isEqualTo("Чаплин Чарльза");
        assertThat(NameDeclension.lastName(chaplin, GENITIVE)).isEqualTo("Чаплин");
        assertThat(NameDeclension.surnameWithInitials(chaplin, GENITIVE)).isEqualTo("Чаплин Ч.");
        assertThat(NameDeclension.fullName(chaplin, INSTRUMENTAL)).isEqualTo("Чарли Чаплином и ещё кем-то");
        assertThat(NameDeclension.fullName(chaplin, DATIVE)).isEqualTo("Чаплину Чарльзу");
    }

    @Test
    void partsOfAnOverrideAreUsedOnlyWhenItsWordsLineUpWithTheName() {
        PersonName lined =
                new PersonName("Кузьмич", "Ян", "Янович", Gender.MALE, Map.of(GENITIVE, "Кузьмича Яна Яновича"));
        PersonName notLined = new PersonName(
                "Алиев", "Рашид", "Гусейн оглы", Gender.MALE, Map.of(GENITIVE, "Алиева Рашида Гусейн оглы"));

        assertThat(NameDeclension.lastName(lined, GENITIVE)).isEqualTo("Кузьмича");
        assertThat(NameDeclension.firstName(lined, GENITIVE)).isEqualTo("Яна");
        assertThat(NameDeclension.middleName(lined, GENITIVE)).isEqualTo("Яновича");
        assertThat(NameDeclension.middleName(notLined, GENITIVE)).isEqualTo("Гусейн оглы");
        assertThat(NameDeclension.firstName(notLined, GENITIVE)).isEqualTo("Рашида");
    }

    @Test
    void partsAreDeclinedSeparately() {
        assertThat(NameDeclension.lastName(MARIA, ACCUSATIVE)).isEqualTo("Иванову");
        assertThat(NameDeclension.firstName(MARIA, ACCUSATIVE)).isEqualTo("Марию");
        assertThat(NameDeclension.middleName(MARIA, ACCUSATIVE)).isEqualTo("Петровну");
    }

    @Test
    void missingMiddleNameGivesAnEmptyPartAndNoTrailingSpace() {
        PersonName noMiddle = PersonName.of("Гюго", "Виктор", "  ", Gender.MALE);

        assertThat(NameDeclension.middleName(noMiddle, GENITIVE)).isEmpty();
        assertThat(NameDeclension.fullName(noMiddle, GENITIVE)).isEqualTo("Гюго Виктора");
        assertThat(NameDeclension.surnameWithInitials(noMiddle, GENITIVE)).isEqualTo("Гюго В.");
    }

    @Test
    void initialsNeverDeclineOnlyTheSurnameDoes() {
        assertThat(NameDeclension.surnameWithInitials(MARIA, GENITIVE)).isEqualTo("Ивановой М. П.");
        assertThat(NameDeclension.initialsWithSurname(MARIA, DATIVE)).isEqualTo("М. П. Ивановой");
        assertThat(NameDeclension.initialsWithSurname(MARIA, NOMINATIVE)).isEqualTo("М. П. Иванова");
    }

    @Test
    void doubleFirstNameKeepsBothInitials() {
        PersonName annaMaria = PersonName.of("Петрова", "Анна-Мария", "Олеговна", Gender.FEMALE);

        assertThat(NameDeclension.surnameWithInitials(annaMaria, GENITIVE)).isEqualTo("Петровой А.-М. О.");
        assertThat(NameDeclension.firstName(annaMaria, GENITIVE)).isEqualTo("Анны-Марии");
    }

    @Test
    void turkicPatronymicGivesTheInitialOfTheFathersName() {
        PersonName rashid = PersonName.of("Алиев", "Рашид", "Гусейн оглы", Gender.MALE);

        assertThat(NameDeclension.initialsWithSurname(rashid, DATIVE)).isEqualTo("Р. Г. Алиеву");
    }

    @Test
    void nominativeIsTheNameAsRecordedWithWhitespaceTidied() {
        PersonName untidy = PersonName.of("  Иванова ", "Мария", " Гусейн   кызы ", Gender.FEMALE);

        assertThat(NameDeclension.fullName(untidy, NOMINATIVE)).isEqualTo("Иванова Мария Гусейн кызы");
    }

    @Test
    void lastNameFirstNameAndGenderAreRequired() {
        assertThatThrownBy(() -> PersonName.of(" ", "Мария", null, Gender.FEMALE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonName.of("Иванова", null, null, Gender.FEMALE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonName.of("Иванова", "Мария", null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PersonName("Иванова", "Мария", null, Gender.FEMALE, Map.of(GENITIVE, " ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overridesMayBeLeftOutAndCannotBeChangedAfterwards() {
        assertThat(MARIA.overrides()).isEmpty();
        assertThatThrownBy(() -> MARIA.overrides().put(GENITIVE, "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTypedNameIsSignedWithItsInitialsBeforeTheSurname() {
        assertThat(NameDeclension.signature("Петрова Ирина Павловна")).isEqualTo("И. П. Петрова");
        assertThat(NameDeclension.signature(" Петрова  И.П. ")).isEqualTo("И. П. Петрова");
        assertThat(NameDeclension.signature("Петрова И. П., заместитель директора"))
                .isEqualTo("И. П. Петрова");
        assertThat(NameDeclension.signature("Петрова Анна-Мария")).isEqualTo("А.-М. Петрова");
        assertThat(NameDeclension.signature("И. П. Петрова")).isEqualTo("И. П. Петрова");
        assertThat(NameDeclension.signature("Петрова")).isEqualTo("Петрова");
        assertThat(NameDeclension.signature("заместитель директора по учебной работе"))
                .isEqualTo("заместитель директора по учебной работе");
        assertThat(NameDeclension.signature(null)).isEmpty();
    }
}
