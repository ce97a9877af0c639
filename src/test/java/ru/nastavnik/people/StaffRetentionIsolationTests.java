package ru.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Recording, clearing and listing leavings: another school's staff, the school's own mentors and mentees, and the
 * methodologists above find nothing (404: the registry is the school's), and a refused request changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffRetentionIsolationTests {

    static final String LEFT = """
            {"lastName":"Лебедева","firstName":"Дарья","gender":"FEMALE","positions":["учитель"],
             "hiredOn":"2024-09-01","leftOn":"2025-06-30","leavingReason":"RETIREMENT"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void nobodyOutsideTheSchoolsRegistryRecordsListsOrClearsALeaving() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String api = "/api/v1/organisations/" + world.schoolA() + "/staff";
        String id = JsonPath.read(
                mvc.perform(post(api)
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(LEFT))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        List<MockHttpServletRequestBuilder> requests = List.of(
                get(api).param("left", "true"),
                put(api + "/" + id)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LEFT.replace(",\"leftOn\":\"2025-06-30\",\"leavingReason\":\"RETIREMENT\"", "")),
                post("/people/staff/" + id)
                        .with(csrf())
                        .param("lastName", "Лебедева")
                        .param("firstName", "Дарья")
                        .param("gender", "FEMALE")
                        .param("positions", "учитель")
                        .param("version", "0"),
                post("/people/staff/" + id + "/restore").with(csrf()),
                get("/people/staff/" + id + "/edit"));
        for (NastavnikPrincipal outsider : List.of(
                fixtures.user(Role.CURATOR, world.schoolB()),
                fixtures.user(Role.DIRECTOR, world.schoolB()),
                fixtures.user(Role.MENTOR, world.schoolA()),
                fixtures.user(Role.MENTEE, world.schoolA()),
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality()),
                fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region()))) {
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(request.with(user(outsider))).andExpect(status().isNotFound());
            }
            String list = mvc.perform(get("/people/staff")
                            .param("organisation", world.schoolA().toString())
                            .param("left", "true")
                            .with(user(outsider)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(list).doesNotContain("Лебедева");
        }
        mvc.perform(get(api + "/" + id).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leftOn").value("2025-06-30"))
                .andExpect(jsonPath("$.archived").value(true));
    }
}
