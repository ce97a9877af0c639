package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * An area's table of schools comes fifty rows a page, in the order chosen and filtered by a part of the name, on the
 * server; the totals above it stay those of the whole area. The fixture: a district of 53 schools «Школа 01» … «Школа
 * 53», the last with three working pairs (3 mentors), the others with none — so the district's MENTORS total is 3
 * on every page, though «Школа 53» is only on the second.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegionIndicatorPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IndicatorWorld w;

    @Autowired
    Fixtures fixtures;

    @Test
    void theSchoolsComeFiftyAPageSortedAndFilteredOnTheServerWhileTheTotalsStayTheWholeAreas() throws Exception {
        OrganisationId region = w.org("Область", OrganisationKind.REGION, null);
        OrganisationId district = w.org("Район", OrganisationKind.MUNICIPALITY, region);
        List<OrganisationId> schools = new ArrayList<>();
        for (int i = 1; i <= 53; i++) {
            schools.add(w.org(String.format("Школа %02d", i), OrganisationKind.ORGANISATION, district));
        }
        OrganisationId last = schools.get(52);
        for (int i = 0; i < 3; i++) {
            w.pair(
                    last,
                    "педагог — педагог",
                    "ACTIVE",
                    LocalDate.of(2025, 10, 1),
                    null,
                    w.person(last, LocalDate.of(1975, 1, 1), 20),
                    w.person(last, LocalDate.of(2001, 1, 1), 1));
        }
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, district);
        MockHttpServletRequestBuilder page = get("/monitoring/indicators")
                .param("organisation", district.toString())
                .param("from", "2025-09-01")
                .param("to", "2026-08-31")
                .with(user(methodologist));

        String first = html(page);
        assertThat(first)
                .contains(row(schools.get(0)), row(schools.get(49)), "Школы 1–50 из 53; все строки — в XLSX")
                .doesNotContain(row(schools.get(50)))
                .doesNotContain(row(last))
                .contains("page=1");
        assertThat(total(first, "MENTORS")).isEqualTo("3");

        String second = html(page.param("page", "1"));
        assertThat(second)
                .contains(row(schools.get(50)), row(last), "Школы 51–53 из 53")
                .doesNotContain(row(schools.get(49)));
        assertThat(total(second, "MENTORS")).isEqualTo("3");
        // past the last page: the last page
        assertThat(html(get("/monitoring/indicators")
                        .param("organisation", district.toString())
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .param("page", "99")
                        .with(user(methodologist))))
                .contains(row(last), "Школы 51–53 из 53");

        // sorted by mentors, most first: «Школа 53» leads the first page
        String sorted = html(get("/monitoring/indicators")
                .param("organisation", district.toString())
                .param("from", "2025-09-01")
                .param("to", "2026-08-31")
                .param("sort", "MENTORS")
                .param("desc", "true")
                .with(user(methodologist)));
        assertThat(sorted.indexOf(row(last))).isPositive().isLessThan(sorted.indexOf(row(schools.get(0))));

        String filtered = html(get("/monitoring/indicators")
                .param("organisation", district.toString())
                .param("from", "2025-09-01")
                .param("to", "2026-08-31")
                .param("q", "школа 05")
                .with(user(methodologist)));
        assertThat(filtered)
                .contains(row(schools.get(4)), "Школы 1–1 из 1")
                .doesNotContain(row(schools.get(5)))
                .doesNotContain("page=1");
        assertThat(total(filtered, "MENTORS")).isEqualTo("3");
        assertThat(html(get("/monitoring/indicators")
                        .param("organisation", district.toString())
                        .param("q", "Лицей")
                        .with(user(methodologist))))
                .contains("Нет школ, в названии которых есть «Лицей»")
                .doesNotContain("id=\"indicator-schools\"");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String row(OrganisationId school) {
        return "id=\"school-" + school + "\"";
    }

    /** The value of a line in the table of totals. */
    private static String total(String html, String line) {
        Matcher m = Pattern.compile("id=\"indicator-" + line + "\".*?class=\"text-end value\">([^<]*)<", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as(line).isTrue();
        return m.group(1);
    }
}
