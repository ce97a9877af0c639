package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;

/** «к трудовому договору от 01.09.2019 № 15»: what a supplementary agreement reads of the person's contract. */
class DocumentModelsContractTests {

    @Test
    void theContractsNumberAndDateAreThePersonsPlaceholders() {
        Map<String, Object> person = DocumentModels.person(teacher("15-тд", LocalDate.of(2019, 9, 1)), Map.of());
        assertThat(person).containsEntry("contractNumber", "15-тд").containsEntry("contractDate", "01.09.2019");
    }

    @Test
    void anUnknownContractLeavesALineToWriteItIn() {
        Map<String, Object> person = DocumentModels.person(teacher(null, null), Map.of());
        assertThat(person)
                .containsEntry("contractNumber", DocumentModels.BLANK)
                .containsEntry("contractDate", DocumentModels.BLANK);
        assertThat(DocumentModels.person(teacher("15", null)))
                .containsEntry("contractNumber", "15")
                .containsEntry("contractDate", DocumentModels.BLANK);
    }

    private static StaffData teacher(String number, LocalDate date) {
        return new StaffData(
                "Петрова",
                "Анна",
                "Ивановна",
                Gender.FEMALE,
                LocalDate.of(1975, 2, 3),
                null,
                List.of("учитель математики"),
                List.of("математика"),
                25,
                22,
                null,
                "высшее",
                null,
                null,
                null,
                number,
                date);
    }
}
