package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.CrossTenant;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The documents and lists of monitoring that name an organisation: school A's curator gets none of school B's (its
 * system review, its indicators workbook, its summary), a methodologist of another district none of this district's
 * (its workbook, summary, escalated schools, system review) — each a 404, and no review is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringDocumentsIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherSchoolsAndAnotherDistrictsMonitoringDocumentsAreNotFound() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curatorOfA = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal otherDistrict =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        String b = world.schoolB().toString();
        String district = world.municipality().toString();
        CrossTenant.refused(
                mvc,
                curatorOfA,
                404,
                List.of(
                        get("/monitoring/system-review").param("organisation", b),
                        post("/monitoring/system-review")
                                .param("organisation", b)
                                .param("staff", "Чужой текст")
                                .with(csrf()),
                        get("/monitoring/system-review/document").param("organisation", b),
                        get("/monitoring/summary.docx").param("organisation", b),
                        get("/api/v1/organisations/" + b + "/indicators.xlsx")));
        CrossTenant.refused(
                mvc,
                otherDistrict,
                404,
                List.of(
                        get("/monitoring/escalations").param("organisation", district),
                        get("/monitoring/summary.docx").param("organisation", district),
                        get("/monitoring/system-review").param("organisation", b),
                        get("/api/v1/organisations/" + district + "/indicators.xlsx")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from monitoring_system_review where organisation_id = ?",
                        Integer.class,
                        world.schoolB().value()))
                .isZero();
    }
}
