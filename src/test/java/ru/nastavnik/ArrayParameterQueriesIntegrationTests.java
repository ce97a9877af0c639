package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The mentor and mentee banks and the roadmap ask for the pairs of many mentors, the topics of the school's chain and
 * the documents of the plan's activities with one array parameter: Hibernate 7 never caches the plan of a query with a
 * list parameter (expanded into {@code in (?, ?, …)}), so such a query was translated into SQL on every view — 8 % of
 * the mentor bank's processor time.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArrayParameterQueriesIntegrationTests {

    private static final Pattern EXPANDED_LIST = Pattern.compile("in\\s*\\(\\s*\\?\\s*,");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Test
    void theBanksAndTheRoadmapReadPairsTopicsAndDocumentsWithOneArrayParameter() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), Collections.nCopies(3, "Наставникова"));
        mvc.perform(get("/roadmap").with(user(curator)));
        for (String page :
                List.of("/roadmap", "/bank/mentors", "/bank/mentees", "/people/staff", "/mentorship/pairs")) {
            QueryCounter.record();
            int status;
            try {
                status = mvc.perform(get(page)
                                .param("organisation", world.schoolA().toString())
                                .with(user(curator)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
            } finally {
                List<String> statements = QueryCounter.stopRecording();
                List<String> expanded = statements.stream()
                        .filter(sql -> EXPANDED_LIST.matcher(sql).find())
                        .toList();
                expanded.forEach(sql -> System.out.println("expanded list on " + page + ": " + sql));
                assertThat(expanded)
                        .as(page)
                        .noneMatch(sql -> sql.contains("mentorship_member")
                                || sql.contains("bank_topic")
                                || sql.contains("roadmap_evidence_document"));
                assertThat(statements).as(page).isNotEmpty();
            }
            assertThat(status).as(page).isEqualTo(200);
        }
    }
}
