package ru.nastavnik.mentorship.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.internal.MentoringPayments;
import ru.nastavnik.mentorship.internal.NewPaymentRule;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.mentorship.internal.PaymentKind;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The API's payment term binds the chosen rule as {@code PaymentRuleId}, as every typed id read from JSON: a malformed
 * one is the API's Russian 400 naming the field and nothing changes; a well-formed one is chosen; the document still
 * tells a script's author the field is a UUID string.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentTermApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Autowired
    PairManagement mentorships;

    @Autowired
    MentoringPayments payments;

    @Test
    void aMalformedRuleIsARussian400NamingTheFieldAndAWellFormedOneIsChosen() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), List.of("Типова"));
        MentorshipView pair = mentorships.list(curator, world.schoolA()).get(0);
        var rule = payments.addRule(
                curator,
                world.schoolA(),
                new NewPaymentRule(SchoolToday.date(), PaymentKind.FIXED, new BigDecimal("2500"), null));
        String api = "/api/v1/organisations/" + world.schoolA() + "/mentorships/" + pair.id() + "/payment-terms";

        mvc.perform(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rule\":\"12345-not-an-id\",\"validFrom\":\"" + pair.startsOn() + "\"}")
                        .with(user(curator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rule"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«rule»")));
        mvc.perform(get(api).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terms.length()").value(1))
                .andExpect(jsonPath("$.terms[0].byDefault").value(true));

        mvc.perform(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rule\":\"" + rule.id() + "\",\"validFrom\":\""
                                + pair.startsOn().plusDays(2) + "\"}")
                        .with(user(curator)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.terms.length()").value(2))
                .andExpect(jsonPath("$.terms[1].rule.id").value(rule.id().toString()));
    }

    @Test
    void theDocumentKeepsTheRuleAUuidString() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.TermForm.properties.rule.type")
                        .value("string"))
                .andExpect(jsonPath("$.components.schemas.TermForm.properties.rule.format")
                        .value("uuid"));
    }
}
