package ru.nastavnik.consent.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.SheetTexts;

/**
 * The names printed forms are downloaded under: «Согласие на обработку персональных данных — Иванова Мария
 * Петровна.pdf» for one person, «Согласия … — 40 человек.zip» for a batch; inside a ZIP, «001 Иванова Мария Петровна.docx».
 */
@Component
class ConsentFileNames {

    private final SheetTexts texts;

    ConsentFileNames(SheetTexts texts) {
        this.texts = texts;
    }

    String of(ConsentPurpose purpose, List<StaffView> people) {
        String what = texts.text("consent.file.purpose." + purpose.name());
        return people.size() == 1
                ? texts.text("consent.file.one", what, people.get(0).data().fullName())
                : texts.text("consent.file.many", what, String.valueOf(people.size()), persons(people.size()));
    }

    /** 2 человека, 5 человек, 22 человека, 12 человек. */
    private String persons(int count) {
        boolean few = count % 10 >= 2 && count % 10 <= 4 && (count % 100 < 12 || count % 100 > 14);
        return texts.text(few ? "consent.file.persons.few" : "consent.file.persons.many");
    }

    /** One person's pages of a scan of many signed forms. */
    String scanPart(String fullName) {
        return texts.text("consent.file.scanPart", fullName);
    }

    static String entry(int number, StaffView person) {
        return String.format("%03d %s.docx", number, person.data().fullName());
    }
}
