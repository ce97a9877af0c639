package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;

class DocumentFileNamesTests {

    @Test
    void aRegisteredOrderIsNamedByItsNumberDateAndHeadingAndASlashInTheNumberIsNoFolder() {
        OrderView order = new OrderView(
                null,
                null,
                OrderKind.TERMINATION,
                "О досрочном прекращении наставничества",
                OrderStatus.REGISTERED,
                "12/1-о",
                LocalDate.of(2026, 12, 3),
                true,
                List.of(),
                null,
                null);

        assertThat(DocumentFileNames.order(order, "docx"))
                .isEqualTo("Приказ № 12-1-о от 03.12.2026 о досрочном прекращении наставничества.docx");
    }

    @Test
    void aGroupsProgrammeNamesItsFirstMenteeAndHowManyMoreWhenTheListIsLong() {
        List<StaffData> mentees = new ArrayList<>();
        for (String last : List.of("Соловьёва", "Ершова", "Кириллова", "Лаптева", "Зайцева")) {
            mentees.add(new StaffData(
                    last,
                    "Вера",
                    "Павловна",
                    Gender.FEMALE,
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
                    null));
        }

        assertThat(DocumentFileNames.programme(mentees.subList(0, 1), "pdf"))
                .isEqualTo("Программа наставничества — Соловьёва Вера Павловна.pdf");
        assertThat(DocumentFileNames.programme(mentees, "docx"))
                .isEqualTo("Программа наставничества — Соловьёва Вера Павловна и ещё 4.docx");
    }
}
