package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.internal.DocumentWordingTests;
import ru.nastavnik.mentorship.internal.GratitudeLetters;
import ru.nastavnik.mentorship.internal.OrderManagement;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.web.Dates;

/**
 * The «благодарность» word for word, before the order is registered (blanks for its number and date) and after: the
 * phrases and the file name came out of Java into the message bundle and read exactly as they did.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GratitudeLetterTextIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Autowired
    PairManagement mentorships;

    @Autowired
    OrderManagement orders;

    @Autowired
    GratitudeLetters letters;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLetterReadsWordForWordBeforeAndAfterTheOrderIsRegistered() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), List.of("Признательная"));
        var pair = mentorships.list(curator, world.schoolA()).get(0);
        jdbc.update(
                "update mentorship set status = 'COMPLETED', ended_on = current_date where id = ?",
                pair.id().value());
        var order = orders.draftCompletion(curator, world.schoolA(), List.of(pair.id()));

        DocumentFile draft = letters.of(curator, order.id());

        assertThat(draft.name()).isEqualTo("Благодарности наставникам.docx");
        assertThat(DocumentWordingTests.text(draft.content()))
                .isEqualTo(letter(world.tag(), "«____» ______________ 20___ г.", "______"));

        orders.register(
                curator,
                order.id(),
                "42-о",
                SchoolToday.date(),
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
        DocumentFile registered = letters.of(curator, order.id());

        assertThat(registered.name()).isEqualTo("Благодарности наставникам — приказ № 42-о.docx");
        assertThat(DocumentWordingTests.text(registered.content()))
                .isEqualTo(letter(world.tag(), Dates.DATE.format(SchoolToday.date()), "42-о"));
    }

    private static String letter(String tag, String date, String number) {
        return "Школа А " + tag + "\n"
                + "\n"
                + "БЛАГОДАРНОСТЬ\n"
                + "\n"
                + "объявляется Признательной Анне Сергеевне, учителю\n"
                + "\n"
                + "за успешную реализацию персонализированной программы наставничества (наставляемая — Новикова Анна"
                + " Сергеевна), профессионализм и вклад в развитие системы наставничества педагогических работников.\n"
                + "\n"
                + "Приказ от " + date + " № " + number + "\n"
                + "\n"
                + "Руководитель\t____________________\n";
    }
}
