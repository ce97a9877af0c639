package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The area's payment statement with everyone but its methodologists: another territory's methodologist, a municipal
 * methodologist asking for her region, the schools' director, curator and mentor, and a school's id given as an area
 * even by its own methodologist — every page, sheet and API route answers 404 and no read is recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentRegionIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noOneButTheAreasMethodologistsReadsItsStatement() throws Exception {
        var world = fixtures.world();
        var elsewhere = fixtures.world();
        NastavnikPrincipal own = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        List<NastavnikPrincipal> strangers = List.of(
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, elsewhere.municipality()),
                fixtures.user(Role.REGIONAL_METHODOLOGIST, elsewhere.region()),
                fixtures.user(Role.DIRECTOR, world.schoolA()),
                fixtures.user(Role.CURATOR, world.schoolA()),
                fixtures.user(Role.MENTOR, world.schoolB()));
        for (NastavnikPrincipal stranger : strangers) {
            for (OrganisationId area : List.of(world.municipality(), world.region())) {
                refused(stranger, area);
            }
        }
        // a municipality's methodologist does not read the region above her
        refused(own, world.region());
        // a school is no area: its id is not found on the area's page and sheet, even for the school's methodologist
        for (String url : List.of("/mentorship/payments/area", "/mentorship/payments/area/statement.xlsx")) {
            mvc.perform(get(url).param("organisation", world.schoolA().toString())
                            .with(user(own)))
                    .andExpect(status().isNotFound());
        }
        // and at the API's address the school's own statement (its mentors by name) is not hers either
        for (String url : List.of("/payment-statement", "/payment-statement.xlsx")) {
            mvc.perform(get("/api/v1/organisations/" + world.schoolA() + url).with(user(own)))
                    .andExpect(status().isNotFound());
        }
        // an unknown id and a malformed one
        mvc.perform(get("/mentorship/payments/area")
                        .param("organisation", java.util.UUID.randomUUID().toString())
                        .with(user(own)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mentorship/payments/area")
                        .param("organisation", "not-an-id")
                        .with(user(own)))
                .andExpect(status().isNotFound());
        for (OrganisationId organisation : List.of(world.region(), world.municipality(), world.schoolA())) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_entry where organisation_id = ? and subject_type "
                                    + "in ('AreaPaymentStatement', 'PaymentStatement')",
                            Long.class,
                            organisation.value()))
                    .isZero();
        }
        // her own area she reads
        mvc.perform(get("/mentorship/payments/area").with(user(own))).andExpect(status().isOk());
    }

    private void refused(NastavnikPrincipal stranger, OrganisationId area) throws Exception {
        for (String url : List.of(
                "/mentorship/payments/area?organisation=" + area,
                "/mentorship/payments/area/statement.xlsx?organisation=" + area,
                "/api/v1/organisations/" + area + "/payment-statement",
                "/api/v1/organisations/" + area + "/payment-statement.xlsx")) {
            mvc.perform(get(url).with(user(stranger))).andExpect(status().isNotFound());
        }
    }
}
