package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;

/**
 * «Наставники с дополнительным соглашением и выплатой» (issue 16, item 1) counts a mentor as the payment statement
 * pays her pair (art. 351.8: the supplementary agreement states the payment): by the term her pair's agreement
 * recorded, or, with none recorded, by the school's rule in force on the pair's start. Worked out by hand:
 * the school's rule starts 1.10.2025;
 * m1's pair started 15.10.2025 — the rule was in force: paid;
 * m2's pair started 1.09.2025, before any rule, no term recorded — the statement pays it nothing: not paid;
 * m3's pair started 1.09.2025 with a term recorded from 1.02.2026 — paid;
 * m4's pair started 1.09.2025 with a term recorded from 1.09.2026 — not paid in 2025/26, paid in 2026/27.
 * So 2025/26: mentors 4, paid 2 (m1, m3); 2026/27 (all four pairs still at work): paid 3 (m1, m3, m4).
 */
@SpringBootTest
@AutoConfigureMockMvc
class MentorsPaidIndicatorIntegrationTests {

    static final String PP = "педагог — педагог";

    @Autowired
    IndicatorWorld w;

    @Autowired
    IndicatorFigures indicators;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    OrganisationId school;

    @BeforeEach
    void setUp() {
        OrganisationId region = w.org("Регион", OrganisationKind.REGION, null);
        OrganisationId municipality = w.org("Район", OrganisationKind.MUNICIPALITY, region);
        school = w.org("Школа", OrganisationKind.ORGANISATION, municipality);
        UUID rule = UUID.randomUUID();
        jdbc.update("""
                insert into mentorship_payment_rule (id, organisation_id, valid_from, kind, amount, created_by, created_at)
                values (?, ?, ?, 'FIXED', 1000, 'тест', now())""", rule, school.value(), LocalDate.of(2025, 10, 1));
        pair(LocalDate.of(2025, 10, 15));
        pair(LocalDate.of(2025, 9, 1));
        term(pair(LocalDate.of(2025, 9, 1)), rule, LocalDate.of(2026, 2, 1));
        term(pair(LocalDate.of(2025, 9, 1)), rule, LocalDate.of(2026, 9, 1));
    }

    @Test
    void aMentorIsPaidByHerPairsRecordedTermOrElseByTheRuleInForceOnItsStart() {
        IndicatorTable year = indicators.computed(
                fixtures.user(Role.DIRECTOR, school),
                school,
                new IndicatorPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)));
        assertThat(year.total().get("MENTORS")).isEqualTo(Figure.count(4));
        assertThat(year.total().get("MENTORS_PAID")).isEqualTo(Figure.count(2));
        IndicatorTable next = indicators.computed(
                fixtures.user(Role.DIRECTOR, school),
                school,
                new IndicatorPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)));
        assertThat(next.total().get("MENTORS_PAID")).isEqualTo(Figure.count(3));
    }

    private UUID pair(LocalDate startsOn) {
        return w.pair(
                school,
                PP,
                "ACTIVE",
                startsOn,
                null,
                w.person(school, LocalDate.of(1975, 1, 1), 20),
                w.person(school, LocalDate.of(2000, 1, 1), 1));
    }

    private void term(UUID pair, UUID rule, LocalDate validFrom) {
        jdbc.update("""
                insert into mentorship_payment_term (id, mentorship_id, organisation_id, rule_id, valid_from, created_by,
                                                     created_at)
                values (?, ?, ?, ?, ?, 'тест', now())""", UUID.randomUUID(), pair, school.value(), rule, validFrom);
    }
}
