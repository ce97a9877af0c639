package ru.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.QueryCounter;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The territory's shared mentor bank a page of 50 at a time, searched by name on the server: at region size (a
 * thousand schools) the whole list took 2.6 s a view and checked each mentor's consent with a query of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharedBankPagesIntegrationTests {

    private static final Pattern ROW = Pattern.compile("<td>(Мен[а-я]+ова) Анна Сергеевна</td>");
    private static final String LETTERS = "абвгдежз";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankFixtures bankFixtures;

    final Map<OrganisationId, NastavnikPrincipal> curators = new HashMap<>();
    Fixtures.World world;
    NastavnikPrincipal methodologist;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
    }

    @Test
    void theSharedBankShowsFiftyMentorsByNameAndThePagerTheRest() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            // both schools of the district, listed as one by name
            names.add(shared(i % 2 == 0 ? world.schoolA() : world.schoolB(), i));
        }
        local(world.schoolA(), 60); // in the school's bank only: not listed
        List<String> sorted = names.stream().sorted().toList();

        String first = page("0", null);
        assertThat(first).contains("Наставники общего банка: 53").contains("Страница 1 из 2");
        assertThat(rows(first)).isEqualTo(sorted.subList(0, 50));
        String second = page("1", null);
        assertThat(rows(second)).isEqualTo(sorted.subList(50, 53));
        assertThat(page("7", null)).as("beyond the end: the last page").contains("Страница 2 из 2");
        assertThat(rows(page("0", "МЕНБВ"))).containsExactly(name(10));
    }

    @Test
    void aPageOfTheSharedBankCostsTheSameQueriesForFourMentorsAsForForty() throws Exception {
        for (int i = 0; i < 4; i++) {
            shared(i % 2 == 0 ? world.schoolA() : world.schoolB(), i);
        }
        page("0", null);
        QueryCounter.reset();
        page("0", null);
        int small = QueryCounter.count();
        for (int i = 4; i < 40; i++) {
            shared(i % 2 == 0 ? world.schoolA() : world.schoolB(), i);
        }
        QueryCounter.reset();
        String large = page("0", null);
        assertThat(rows(large)).hasSize(40);
        assertThat(QueryCounter.count())
                .as("queries of the shared bank with 40 mentors, against 4")
                .isEqualTo(small);
    }

    private String shared(OrganisationId school, int i) {
        NastavnikPrincipal curator = curators.computeIfAbsent(school, s -> fixtures.user(Role.CURATOR, s));
        bankFixtures
                .aMentor(curator, school, name(i))
                .consenting(ConsentPurpose.MENTORING_DUTIES, ConsentPurpose.SHARED_BANK)
                .inSharedBank(true)
                .enter();
        return name(i);
    }

    private void local(OrganisationId school, int i) {
        NastavnikPrincipal curator = curators.computeIfAbsent(school, s -> fixtures.user(Role.CURATOR, s));
        bankFixtures
                .aMentor(curator, school, name(i))
                .consenting(ConsentPurpose.MENTORING_DUTIES)
                .enter();
    }

    private static String name(int i) {
        return "Мен" + LETTERS.charAt(i / 8 % 8) + LETTERS.charAt(i % 8) + "ова";
    }

    private String page(String number, String q) throws Exception {
        var request = get("/bank/shared")
                .param("organisation", world.municipality().toString())
                .param("page", number)
                .with(user(methodologist));
        if (q != null) {
            request.param("q", q);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static List<String> rows(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
