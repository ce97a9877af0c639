package ru.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.TypedInput;

/** The bank's forms bind as records (MentorForm, MenteeForm): every field the page sends reaches the bank. */
@SpringBootTest
@AutoConfigureMockMvc
class BankFormsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankManagement banks;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String organisation;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        organisation = world.schoolA().toString();
    }

    @Test
    void theMentorFormSendsEveryFieldToTheBankAndAnUntickedSharedBankIsNo() throws Exception {
        String person = consented("Гусева");

        mvc.perform(post("/bank/mentors")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", organisation)
                        .param("personId", person)
                        .param("competences", "discipline", "exams")
                        .param("achievements", "Победитель конкурса «Учитель года»")
                        .param("capacity", "2")
                        .param("availability", "по вторникам")
                        .param("trainingStatus", "IN_TRAINING"))
                .andExpect(redirectedUrl("/bank/mentors?organisation=" + organisation))
                .andExpect(flash().attributeExists("flash"));

        MentorView saved = banks.currentMentor(curator, world.schoolA(), PersonId.of(person));
        assertThat(saved.competences()).containsExactlyInAnyOrder("discipline", "exams");
        assertThat(saved.achievements()).isEqualTo("Победитель конкурса «Учитель года»");
        assertThat(saved.capacity()).isEqualTo(2);
        assertThat(saved.availability()).isEqualTo("по вторникам");
        assertThat(saved.trainingStatus()).isEqualTo(TrainingStatus.IN_TRAINING);
        assertThat(saved.sharedBank()).isFalse();
    }

    @Test
    void theMenteeFormSendsEveryFieldToTheBank() throws Exception {
        String person = consented("Котова");

        mvc.perform(post("/bank/mentees")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", organisation)
                        .param("personId", person)
                        .param("category", "YOUNG_SPECIALIST")
                        .param("categoryNote", "первый год в школе")
                        .param("needs", "discipline", "exams")
                        .param("needsNote", "подготовка к ОГЭ"))
                .andExpect(redirectedUrl("/bank/mentees?organisation=" + organisation))
                .andExpect(flash().attributeExists("flash"));

        MenteeView saved = banks.currentMentee(curator, world.schoolA(), PersonId.of(person));
        assertThat(saved.category()).isEqualTo(MenteeCategory.YOUNG_SPECIALIST);
        assertThat(saved.categoryNote()).isEqualTo("первый год в школе");
        assertThat(saved.needs()).containsExactlyInAnyOrder("discipline", "exams");
        assertThat(saved.needsNote()).isEqualTo("подготовка к ОГЭ");
    }

    @Test
    void aRefusedMentorFormComesBackWithWhatWasTypedAndEveryProblem() throws Exception {
        String person = consented("Лебедева");

        var refused = mvc.perform(post("/bank/mentors")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", organisation)
                        .param("personId", person)
                        .param("competences", "discipline")
                        .param("achievements", "д".repeat(2001))
                        .param("availability", "х".repeat(501)))
                .andExpect(redirectedUrl("/bank/mentors?organisation=" + organisation))
                .andExpect(flash().attributeExists("flashError", "flashErrorsMore", "typedInput"))
                .andReturn();

        assertThat(refused.getFlashMap().get("flash")).isNull();
        TypedInput typed = (TypedInput) refused.getFlashMap().get("typedInput");
        assertThat(typed.values().get("competences")).containsExactly("discipline");
        assertThat(typed.refused()).containsExactlyInAnyOrder("achievements", "availability");
        assertThat(banks.mentors(curator, world.schoolA(), BankFilter.all()))
                .noneMatch(m -> m.personId().toString().equals(person));
    }

    private String consented(String lastName) {
        return fixtures.consentedTeacher(curator, world.schoolA(), lastName);
    }
}
