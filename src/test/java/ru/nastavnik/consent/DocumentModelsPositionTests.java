package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;

/**
 * «от Белой Анны Сергеевны, педагога-психолога»: a staff file writes positions with a capital, as headings; the
 * documents name them mid-sentence, in lower case, an abbreviation kept (found by a new school's review, session 33).
 */
class DocumentModelsPositionTests {

    @Test
    void positionsWrittenWithACapitalArePrintedInLowerCaseInEveryCase() {
        Map<String, Object> person =
                DocumentModels.person(teacher(List.of("Заместитель директора по УВР", "Учитель ИЗО")), Map.of());

        assertThat(person)
                .containsEntry("position", "заместитель директора по УВР, учитель ИЗО")
                .containsEntry("positionGenitive", "заместителя директора по УВР, учителя ИЗО")
                .containsEntry("positionDative", "заместителю директора по УВР, учителю ИЗО");
    }

    @Test
    void anAbbreviatedPositionKeepsItsCapitals() {
        Map<String, Object> person = DocumentModels.person(teacher(List.of("ПДО", "Педагог-психолог")), Map.of());

        assertThat(person).containsEntry("position", "ПДО, педагог-психолог");
        assertThat((String) person.get("positionGenitive")).startsWith("ПДО, педагога-психолога");
    }

    private static StaffData teacher(List<String> positions) {
        return new StaffData(
                "Белая",
                "Анна",
                "Сергеевна",
                Gender.FEMALE,
                LocalDate.of(1985, 2, 3),
                null,
                positions,
                List.of(),
                10,
                8,
                null,
                "высшее",
                null,
                null,
                null,
                null,
                null);
    }
}
