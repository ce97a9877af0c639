package ru.nastavnik.consent;

import java.util.List;

import ru.nastavnik.people.StaffView;

/**
 * The names printed forms are downloaded under: «Согласие на обработку персональных данных — Иванова Мария
 * Петровна.pdf» for one person, «Согласия … — 40 человек.zip» for a batch; inside a ZIP, «001 Иванова Мария Петровна.docx».
 */
final class ConsentFileNames {

    private ConsentFileNames() {
    }

    static String of(ConsentPurpose purpose, List<StaffView> people) {
        String what = what(purpose);
        return people.size() == 1
                ? "Согласие " + what + " — " + people.get(0).data().fullName()
                : "Согласия " + what + " — " + people.size() + " " + persons(people.size());
    }

    /** 2 человека, 5 человек, 22 человека, 12 человек. */
    private static String persons(int count) {
        boolean few = count % 10 >= 2 && count % 10 <= 4 && (count % 100 < 12 || count % 100 > 14);
        return few ? "человека" : "человек";
    }

    /** One person's pages of a scan of many signed forms. */
    static String scanPart(String fullName) {
        return "Скан согласия — " + fullName + ".pdf";
    }

    static String entry(int number, StaffView person) {
        return String.format("%03d %s.docx", number, person.data().fullName());
    }

    private static String what(ConsentPurpose purpose) {
        return switch (purpose) {
            case PERSONAL_DATA -> "на обработку персональных данных";
            case MENTORING_DUTIES -> "на выполнение обязанностей наставника";
            case SHARED_BANK -> "на передачу данных в муниципальный и региональный банк наставников";
            case PUBLICATION -> "на распространение персональных данных";
        };
    }
}
