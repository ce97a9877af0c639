package ru.nastavnik.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.StaffData;

/** Schools' own names for the employment contract's columns, and the export's, are recognised. */
class StaffContractHeadersTests {

    @Test
    void theUsualNamesOfTheContractNumberColumnAreRecognised() {
        for (String header : List.of(
                "Номер трудового договора",
                "№ трудового договора",
                "Трудовой договор №",
                "Номер ТД",
                "№ договора",
                "НОМЕР ТРУДОВОГО ДОГОВОРА")) {
            assertThat(StaffField.named(header)).as(header).contains(StaffField.EMPLOYMENT_CONTRACT_NUMBER);
        }
    }

    @Test
    void theUsualNamesOfTheContractDateColumnAreRecognised() {
        for (String header : List.of(
                "Дата трудового договора",
                "Дата заключения трудового договора",
                "Дата трудового договора (дд.мм.гггг)",
                "Трудовой договор от",
                "Дата ТД",
                "Дата договора")) {
            assertThat(StaffField.named(header)).as(header).contains(StaffField.EMPLOYMENT_CONTRACT_DATE);
        }
    }

    @Test
    void noHeaderOfAnotherFieldIsTakenForTheContract() {
        for (StaffField field : StaffField.values()) {
            assertThat(StaffField.named(field.header())).as(field.header()).contains(field);
        }
        assertThat(StaffField.named("Дата приёма на работу")).contains(StaffField.HIRED_ON);
        assertThat(StaffField.named("Табельный №")).contains(StaffField.PERSONNEL_NUMBER);
    }

    @Test
    void theExportWritesTheContractAsTheImportReadsIt() {
        StaffData d = new StaffData(
                "Иванова",
                "Мария",
                null,
                ru.nastavnik.shared.Gender.FEMALE,
                null,
                null,
                List.of("учитель"),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "15",
                java.time.LocalDate.of(2019, 9, 1));
        assertThat(StaffField.exported())
                .contains(StaffField.EMPLOYMENT_CONTRACT_NUMBER, StaffField.EMPLOYMENT_CONTRACT_DATE);
        assertThat(StaffExport.value(StaffField.EMPLOYMENT_CONTRACT_NUMBER, d)).isEqualTo("15");
        assertThat(StaffExport.value(StaffField.EMPLOYMENT_CONTRACT_DATE, d)).isEqualTo("01.09.2019");
        assertThat(StaffCells.date(StaffExport.value(StaffField.EMPLOYMENT_CONTRACT_DATE, d)))
                .isEqualTo(d.employmentContractDate());
    }
}
