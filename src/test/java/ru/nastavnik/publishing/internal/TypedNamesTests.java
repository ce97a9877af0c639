package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name typed by hand is recognised in whatever case it was typed, and every form of it is found to hide. */
class TypedNamesTests {

    @Test
    void aFullNameTypedInTheAccusativeYieldsEveryCaseAndTheInitialsForms() {
        List<String> forms = TypedNames.forms("заместителя директора по УВР Кузнецову Марию Андреевну");
        assertThat(forms)
                .contains(
                        "Кузнецову Марию Андреевну",
                        "Кузнецова Мария Андреевна",
                        "Кузнецовой Марии Андреевны",
                        "Кузнецовой Марией Андреевной",
                        "Кузнецова М. А.",
                        "Кузнецовой М. А.",
                        "М. А. Кузнецовой",
                        "Кузнецовой М.А.");
        assertThat(forms).noneMatch(f -> f.contains("директора") || f.contains("УВР"));
    }

    @Test
    void aMansNameInTheDativeAndASurnameWithInitialsWrittenTogether() {
        assertThat(TypedNames.forms("Петрову Ивану Сергеевичу"))
                .contains("Петров Иван Сергеевич", "Петрова Ивана Сергеевича", "Петров И. С.");
        assertThat(TypedNames.forms("педагога-психолога Смирнову О.И."))
                .contains(
                        "Смирнову О.И.",
                        "Смирнову О. И.",
                        "Смирнова О. И.",
                        "Смирновой О. И.",
                        "О. И. Смирновой",
                        "Смирновой О.И.");
    }

    @Test
    void aCapitalisedWordBeforeTheNameIsNotTakenForIt() {
        assertThat(TypedNames.forms("Назначить Орлову Анну Викторовну"))
                .contains("Орлова Анна Викторовна", "Орловой Анны Викторовны");
    }

    @Test
    void hidingRemovesEveryFormOfTheNamesGivenAndNothingElse() {
        assertThat(NameHiding.hide(
                        "Поручить Смирновой О. П. и Беловой И.К. подготовить рекомендации к марту.",
                        List.of("Смирнова Ольга Петровна", "Белова Ирина Константиновна")))
                .isEqualTo("Поручить [имя скрыто] и [имя скрыто] подготовить рекомендации к марту.");
    }
}
