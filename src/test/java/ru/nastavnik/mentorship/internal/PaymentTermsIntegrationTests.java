package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.Role;

/**
 * The pair's payment term in its mentor's supplementary agreement. By hand: the pair starts tomorrow (S); the school's
 * rule from today pays 100 roubles a day of S's month (100 × its length a month); a per-mentee rule of 0.15 of the
 * rate, at most 0.3, is chosen for the pair from S + 5.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentTermsIntegrationTests {

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

    @Autowired
    PairDocuments documents;

    @Test
    void theAgreementPrintsThePairsOwnTermInWordsAndTheStatementPaysEachPairByIt() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), List.of("Условная"));
        MentorshipView pair = mentorships.list(curator, world.schoolA()).get(0);
        var mentor = pair.currentMentors().get(0).personId();
        LocalDate today = SchoolToday.date();
        LocalDate start = pair.startsOn();
        int monthLength = YearMonth.from(start).lengthOfMonth();
        var fixed = payments.addRule(
                curator,
                world.schoolA(),
                new NewPaymentRule(today, PaymentKind.FIXED, BigDecimal.valueOf(100L * monthLength), null));
        assertThat(terms.terms(curator, world.schoolA(), pair.id()).terms())
                .singleElement()
                .satisfies(t -> assertThat(t.byDefault()).isTrue());

        String docx = DocumentWordingTests.text(
                        mvc.perform(get("/mentorship/pairs/" + pair.id().value() + "/agreement")
                                        .param("mentor", mentor.value().toString())
                                        .with(user(curator)))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray())
                .replaceAll("\\s+", " ");
        String words = NumberWords.roubles(BigDecimal.valueOf(100L * monthLength));
        assertThat(docx)
                .contains("4. За выполнение работы по наставничеству работнику устанавливается выплата в размере "
                        + words + " в месяц за наставничество в паре (группе). Выплата производится");
        // drafting the agreement recorded the default: a later rule of the school no longer changes this pair
        var perMentee = payments.addRule(
                curator,
                world.schoolA(),
                new NewPaymentRule(
                        today.plusDays(1), PaymentKind.PER_MENTEE, new BigDecimal("0.15"), new BigDecimal("0.3")));
        assertThat(terms.terms(curator, world.schoolA(), pair.id()).terms())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.byDefault()).isFalse();
                    assertThat(t.validFrom()).isEqualTo(start);
                    assertThat(t.rule().id()).isEqualTo(fixed.id());
                });

        LocalDate change = start.plusDays(5);
        mvc.perform(post("/mentorship/pairs/" + pair.id().value() + "/payment-terms")
                        .param("rule", perMentee.id().toString())
                        .param("validFrom", change.toString())
                        .with(csrf())
                        .with(user(curator)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        String pdf = DocumentTablesPdfTests.pdfText(
                        documents.agreement(curator, pair.id(), mentor).toPdf().content())
                .replaceAll("\\s+", " ");
        assertThat(pdf)
                .contains("с " + ru.nastavnik.shared.web.Dates.DATE.format(start) + " — в размере " + words)
                .contains(
                        "с " + ru.nastavnik.shared.web.Dates.DATE.format(change)
                                + " — в размере 0,15 (ноль целых пятнадцать сотых) ставки заработной платы (должностного оклада) работника в месяц за каждого наставляемого")
                .contains("но не более 0,3 (ноль целых три десятых) ставки в месяц");

        school.startByOrder(curator, world.schoolA(), List.of(pair.id()), "41-к", today);
        assertThat(payments.statement(curator, world.schoolA(), start, start).rows())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.roubles()).isEqualByComparingTo("100.00");
                    assertThat(r.rateShare()).isEqualByComparingTo("0");
                });
        BigDecimal share = new BigDecimal("0.15")
                .divide(BigDecimal.valueOf(YearMonth.from(change).lengthOfMonth()), 4, java.math.RoundingMode.HALF_UP);
        assertThat(payments.statement(curator, world.schoolA(), change, change).rows())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.roubles()).isEqualByComparingTo("0");
                    assertThat(r.rateShare()).isEqualByComparingTo(share);
                });
        // the payments page lists each pair with the term it is paid by
        mvc.perform(get("/mentorship/payments").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Условная")))
                .andExpect(content().string(containsString("в размере " + words)));
        mvc.perform(get("/mentorship/pairs/" + pair.id().value() + "/payment-terms")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0,15 (ноль целых пятнадцать сотых)")));
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/mentorships/"
                                + pair.id().value() + "/payment-terms")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terms.length()").value(2))
                .andExpect(jsonPath("$.terms[1].rule.kind").value("PER_MENTEE"));
    }

    @Test
    void noRuleADateBeforeTheStartATakenDateAndAnEndedPairAreRefusedInRussianAndNothingChanges() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), List.of("Отказная", "Прекращённая"));
        List<MentorshipView> pairs = mentorships.list(curator, world.schoolA());
        MentorshipView pair = pairs.stream()
                .filter(p -> p.currentMentors().get(0).fullName().startsWith("Отказная"))
                .findFirst()
                .orElseThrow();
        MentorshipView ending =
                pairs.stream().filter(p -> p != pair).findFirst().orElseThrow();
        LocalDate today = SchoolToday.date();
        var rule = payments.addRule(
                curator, world.schoolA(), new NewPaymentRule(today, PaymentKind.FIXED, new BigDecimal("3000"), null));
        String api = "/api/v1/organisations/" + world.schoolA() + "/mentorships/"
                + pair.id().value() + "/payment-terms";

        // unpaid mentoring is not a choice: art. 351.8 makes the payment required
        mvc.perform(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validFrom\":\"" + pair.startsOn() + "\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("оплачивается обязательно")));
        mvc.perform(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rule\":\"" + rule.id() + "\",\"validFrom\":\"" + today.minusDays(1) + "\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("раньше начала пары")));
        mvc.perform(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rule\":\"" + java.util.UUID.randomUUID() + "\",\"validFrom\":\"" + pair.startsOn()
                                + "\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Такого правила выплат у организации нет")));
        mvc.perform(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rule\":\"" + rule.id() + "\",\"validFrom\":\""
                                + pair.endsOn().plusDays(1) + "\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("после окончания пары")));
        mvc.perform(post(api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rule\":\"" + rule.id() + "\",\"validFrom\":\"31.02.2027\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity());
        assertThat(terms.terms(curator, world.schoolA(), pair.id()).terms())
                .singleElement()
                .satisfies(t -> assertThat(t.byDefault()).isTrue());

        terms.choose(
                curator,
                world.schoolA(),
                pair.id(),
                new NewPaymentTerm(rule.id(), pair.startsOn().plusDays(3)));
        assertThatThrownBy(() -> terms.choose(
                        curator,
                        world.schoolA(),
                        pair.id(),
                        new NewPaymentTerm(rule.id(), pair.startsOn().plusDays(3))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("payments.term.validFrom.taken"));
        // the default the pair was paid by is kept as its history before the change
        assertThat(terms.terms(curator, world.schoolA(), pair.id()).terms())
                .extracting(PaymentTermView::validFrom)
                .containsExactly(pair.startsOn(), pair.startsOn().plusDays(3));

        mentorships.terminate(curator, ending.id(), EndInitiator.MENTOR, null, null, "по собственному желанию");
        mvc.perform(post("/mentorship/pairs/" + ending.id().value() + "/payment-terms")
                        .param("rule", rule.id().toString())
                        .param("validFrom", ending.startsOn().toString())
                        .with(csrf())
                        .with(user(curator)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        assertThat(terms.terms(curator, world.schoolA(), ending.id()).terms())
                .singleElement()
                .satisfies(t -> assertThat(t.byDefault()).isTrue());
        assertThat(terms.terms(curator, world.schoolA(), ending.id()).changeable())
                .isFalse();
    }
}
