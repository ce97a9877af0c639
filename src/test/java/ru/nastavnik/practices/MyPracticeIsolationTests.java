package ru.nastavnik.practices;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.practices.internal.PracticeManagement;
import ru.nastavnik.shared.Role;

/**
 * A teacher's practice page («Мои практики» → its title) opens for its authors only: a colleague of the same school,
 * a teacher of another school and the school's curator (who has the school's card) find nothing (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyPracticeIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PracticeManagement practices;

    @Test
    void aTeachersPracticePageOpensToItsAuthorsOnly() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        var author = fixtures.user(Role.MENTOR, world.schoolA());
        var colleague = fixtures.user(Role.MENTOR, world.schoolA());
        var authorRecord = staff.create(curator, world.schoolA(), Fixtures.teacher("Авторова", "Анна", "Петровна"))
                .id();
        var colleagueRecord = staff.create(curator, world.schoolA(), Fixtures.teacher("Соседова", "Вера", "Павловна"))
                .id();
        accounts.link(curator, world.schoolA(), authorRecord, author.getUsername(), true);
        accounts.link(curator, world.schoolA(), colleagueRecord, colleague.getUsername(), true);
        var practice = practices.propose(new NewPractice(
                world.schoolA(),
                new PracticeDescription("Своя практика", "Описание", null, null, null, null, null),
                List.of(authorRecord),
                PracticeSourceKind.OWN,
                UUID.randomUUID()));

        mvc.perform(get("/practices/my/" + practice.id()).with(user(author))).andExpect(status().isOk());
        for (var other : List.of(colleague, curator, fixtures.user(Role.MENTOR, world.schoolB()))) {
            mvc.perform(get("/practices/my/" + practice.id()).with(user(other))).andExpect(status().isNotFound());
        }
    }
}
