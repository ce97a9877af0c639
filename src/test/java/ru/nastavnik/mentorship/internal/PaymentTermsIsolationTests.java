package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A pair's payment terms with another school's curator, the school's own mentor and another territory's methodologist:
 * every page and API route answers 404 and nothing is recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentTermsIsolationTests {

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

    @Autowired
    PairPaymentTerms terms;

    @Test
    void strangersReachNoPairsPaymentTermsAndChangeNothing() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), List.of("Изолированная"));
        MentorshipView pair = mentorships.list(curator, world.schoolA()).get(0);
        var rule = payments.addRule(
                curator,
                world.schoolA(),
                new NewPaymentRule(SchoolToday.date(), PaymentKind.FIXED, new BigDecimal("3000"), null));
        var otherCurator = fixtures.user(Role.CURATOR, world.schoolB());
        var otherRule = payments.addRule(
                otherCurator,
                world.schoolB(),
                new NewPaymentRule(SchoolToday.date(), PaymentKind.FIXED, new BigDecimal("9000"), null));
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, world.schoolA());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        String page = "/mentorship/pairs/" + pair.id().value() + "/payment-terms";
        String body = "{\"rule\":\"" + rule.id() + "\",\"validFrom\":\""
                + pair.startsOn().plusDays(2) + "\"}";
        for (NastavnikPrincipal stranger : List.of(otherCurator, mentor, otherTerritory)) {
            List<MockHttpServletRequestBuilder> requests = List.of(
                    get(page),
                    get(page).param("organisation", world.schoolA().toString()),
                    post(page)
                            .param("rule", rule.id().toString())
                            .param("validFrom", pair.startsOn().plusDays(2).toString())
                            .with(csrf()),
                    post(page)
                            .param("organisation", world.schoolA().toString())
                            .param("rule", rule.id().toString())
                            .param("validFrom", pair.startsOn().plusDays(2).toString())
                            .with(csrf()),
                    get("/api/v1/organisations/" + world.schoolA() + "/mentorships/"
                            + pair.id().value() + "/payment-terms"),
                    post("/api/v1/organisations/" + world.schoolA() + "/mentorships/"
                                    + pair.id().value() + "/payment-terms")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body));
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(request.with(user(stranger))).andExpect(status().isNotFound());
            }
        }
        // another school's curator cannot reach the pair through her own school either, nor give it her school's rule
        mvc.perform(post("/api/v1/organisations/" + world.schoolB() + "/mentorships/"
                                + pair.id().value() + "/payment-terms")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(otherCurator)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/mentorships/"
                                + pair.id().value() + "/payment-terms")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rule\":\"" + otherRule.id() + "\",\"validFrom\":\""
                                + pair.startsOn().plusDays(2) + "\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity());
        assertThat(terms.terms(curator, world.schoolA(), pair.id()).terms())
                .singleElement()
                .satisfies(t -> assertThat(t.byDefault()).isTrue());
    }
}
