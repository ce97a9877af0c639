package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The list of those waiting for a mentor is shown fifty a page, and the read recorded is of the page shown. */
@SpringBootTest
@AutoConfigureMockMvc
class WaitingPagesIntegrationTests {

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

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyOneWaitingAreShownFiftyAPage() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        for (int i = 0; i < 51; i++) {
            String person = staff.create(curator, world.schoolA(), Fixtures.teacher("Ожидаева", "Анна", "Сергеевна"))
                    .id()
                    .toString();
            consents.recordGiven(
                    curator,
                    world.schoolA(),
                    new GiveConsent(
                            person,
                            ConsentPurpose.PERSONAL_DATA,
                            SchoolToday.date().minusDays(1),
                            null,
                            null));
            banks.saveMentee(
                    curator,
                    world.schoolA(),
                    new MenteeRequest(person, MenteeCategory.YOUNG_SPECIALIST, null, List.of("parents"), null));
        }
        String org = world.schoolA().toString();

        String first = mvc.perform(
                        get("/mentorship/waiting").param("organisation", org).with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(cards(first)).isEqualTo(50);
        assertThat(first).contains("page=1");
        String second = mvc.perform(get("/mentorship/waiting")
                        .param("organisation", org)
                        .param("page", "1")
                        .with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(cards(second)).isEqualTo(1);
        Integer named = jdbc.queryForObject(
                "select cardinality(subject_ids) from audit_entry where organisation_id = ? "
                        + "and action = 'READ' and details = 'в списке ожидающих наставника' order by id desc limit 1",
                Integer.class,
                world.schoolA().value());
        assertThat(named).as("the view of page 2 named its one person").isEqualTo(1);
    }

    private static int cards(String html) {
        return html.split("class=\"card mb-3 waiting\"", -1).length - 1;
    }
}
