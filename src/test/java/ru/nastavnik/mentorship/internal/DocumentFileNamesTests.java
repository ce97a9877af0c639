package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;

class DocumentFileNamesTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/module-texts");
        MESSAGES.setDefaultEncoding("UTF-8");
    }

    @Test
    void aDraftOrderAnAppendixAndAnAgreementAreNamedAsBefore() {
        OrderView draft = new OrderView(
                null,
                null,
                OrderKind.ASSIGNMENT,
                "О закреплении наставнических пар (групп)",
                OrderStatus.DRAFT,
                null,
                null,
                false,
                List.of(),
                null,
                null);

        assertThat(DocumentFileNames.order(draft, "docx", MESSAGES))
                .isEqualTo("Проект приказа о закреплении наставнических пар (групп).docx");
        assertThat(DocumentFileNames.appendix(1, "Положение о системе наставничества", MESSAGES))
                .isEqualTo("Приложение № 1 — Положение о системе наставничества");
        assertThat(DocumentFileNames.programme(List.of(), "pdf", MESSAGES))
                .isEqualTo("Программа наставничества — наставляемый.pdf");
    }

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

        assertThat(DocumentFileNames.order(order, "docx", MESSAGES))
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

        assertThat(DocumentFileNames.programme(mentees.subList(0, 1), "pdf", MESSAGES))
                .isEqualTo("Программа наставничества — Соловьёва Вера Павловна.pdf");
        assertThat(DocumentFileNames.programme(mentees, "docx", MESSAGES))
                .isEqualTo("Программа наставничества — Соловьёва Вера Павловна и ещё 4.docx");
    }
}
