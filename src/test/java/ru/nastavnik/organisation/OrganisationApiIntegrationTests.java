package ru.nastavnik.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class OrganisationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void administratorBuildsTheTreeThroughTheApi() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String region = create("{\"name\":\"Волгоградская область " + tag + "\",\"kind\":\"REGION\"}");
        String municipality = create("{\"name\":\"Кумылженский район " + tag
                + "\",\"kind\":\"MUNICIPALITY\",\"parentId\":\"" + region + "\"}");
        String school = create("{\"name\":\"МКОУ Кумылженская СШ № 2 " + tag
                + "\",\"shortName\":\"СШ № 2\",\"kind\":\"ORGANISATION\",\"parentId\":\"" + municipality + "\"}");

        mvc.perform(get("/api/v1/organisations/" + school).with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shortName").value("СШ № 2"))
                .andExpect(jsonPath("$.parentId").value(municipality));
    }

    @Test
    void aSchoolCannotSitDirectlyAtTheTopAndTheErrorSaysWhyInRussian() throws Exception {
        mvc.perform(post("/api/v1/organisations")
                        .with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Школа без района\",\"kind\":\"ORGANISATION\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"))
                .andExpect(
                        jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("муниципалитет")));
    }

    @Test
    void aMissingNameIsReportedByField() throws Exception {
        mvc.perform(post("/api/v1/organisations")
                        .with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"REGION\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Укажите название организации."));
    }

    @Test
    void anonymousCallsAreAskedToAuthenticate() throws Exception {
        mvc.perform(get("/api/v1/organisations"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("Требуется вход")));
    }

    @Test
    void aUserWithAMissingRoleIsRefusedNotAServerError() throws Exception {
        mvc.perform(
                        post("/api/v1/users")
                                .with(httpBasic("admin", "admin-test-password"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\":\"nobody1\",\"password\":\"long-enough-password\",\"fullName\":\"Х\",\"roles\":[null]}"))
                // no list of a body holds a null (SafeTextJson): refused while the body is read, naming the list
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(
                        jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("пустой элемент")));
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{orgId}/staff/import']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{orgId}/staff/{id}']")
                        .exists());
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.status").value("UP"));
    }

    private String create(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/organisations")
                        .with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
