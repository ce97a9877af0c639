package ru.nastavnik.roadmap;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ru.nastavnik.Fixtures;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;

@SpringBootTest
@AutoConfigureMockMvc
class RoadmapIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StaffManagement staff;
    @Autowired
    ConsentManagement consents;
    @Autowired
    BankManagement banks;

    @Test
    void theCuratorStartsFromTheRoadmapThatCountsConsentsAndBanks() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        String consented = staff.create(curator, world.schoolA(), Fixtures.teacher("Иванова", "Мария", "Петровна")).id().toString();
        staff.create(curator, world.schoolA(), Fixtures.teacher("Петрова", "Анна", "Ивановна"));
        consents.recordGiven(curator, world.schoolA(), new GiveConsent(consented, ConsentPurpose.PERSONAL_DATA,
                LocalDate.now(), null, null));
        banks.saveMentee(curator, world.schoolA(), new MenteeRequest(consented, MenteeCategory.YOUNG_SPECIALIST, null,
                List.of("fgos"), null));

        mvc.perform(get("/").with(user(curator))).andExpect(redirectedUrl("/roadmap"));
        mvc.perform(get("/roadmap").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 / 2")))
                .andExpect(content().string(containsString("Банк наставляемых")));
        mvc.perform(get("/roadmap").param("organisation", world.schoolB().toString()).with(user(curator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/").with(user(fixtures.user(Role.MENTOR, world.schoolA())))).andExpect(status().isOk());
    }
}
