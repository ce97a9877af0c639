package ru.nastavnik;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A user of school A gets 404 for everything of school B: not even the existence of a record leaks. */
@SpringBootTest
@AutoConfigureMockMvc
class TenantIsolationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StaffManagement staff;

    Fixtures.World world;
    NastavnikPrincipal curatorOfA;
    String personOfB;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curatorOfA = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal directorOfB = fixtures.user(Role.DIRECTOR, world.schoolB());
        personOfB = staff.create(directorOfB, world.schoolB(), Fixtures.teacher("Иванова", "Мария", "Петровна")).id().toString();
    }

    @Test
    void everyStaffPageOfAnotherSchoolIsNotFound() throws Exception {
        String b = world.schoolB().toString();
        List<RequestBuilder> requests = List.of(
                get("/people/staff").param("organisation", b),
                get("/people/staff/new").param("organisation", b),
                post("/people/staff").param("organisation", b).param("lastName", "Х").with(csrf()),
                get("/people/staff/" + personOfB),
                get("/people/staff/" + personOfB + "/edit"),
                post("/people/staff/" + personOfB).param("lastName", "Взлом").with(csrf()),
                post("/people/staff/" + personOfB + "/archive").with(csrf()),
                post("/people/staff/" + personOfB + "/restore").with(csrf()),
                get("/people/staff/import").param("organisation", b),
                multipart("/people/staff/import").file(csv()).param("organisation", b).with(csrf()),
                get("/people/staff/export").param("organisation", b),
                get("/audit/entries").param("organisation", b),
                get("/organisation/organisations/" + b),
                post("/organisation/organisations/" + b + "/requisites").param("inn", "1234567890").with(csrf()),
                get("/consent/persons/" + personOfB),
                post("/consent/persons/" + personOfB + "/given").param("purpose", "PERSONAL_DATA")
                        .param("givenOn", "2026-01-01").with(csrf()),
                get("/consent/persons/" + personOfB + "/form").param("purpose", "PERSONAL_DATA"),
                get("/consent/persons/" + personOfB + "/subject-access"),
                get("/consent/consents").param("organisation", b),
                post("/consent/forms").param("organisation", b).param("purpose", "PERSONAL_DATA")
                        .param("person", personOfB).with(csrf()),
                get("/documents/templates").param("organisation", b),
                get("/bank/mentees").param("organisation", b),
                get("/bank/mentors").param("organisation", b),
                post("/bank/mentees").param("organisation", b).param("personId", personOfB).param("category", "ON_REQUEST")
                        .param("needs", "fgos").with(csrf()),
                post("/bank/mentors/" + personOfB + "/leave").param("organisation", b).with(csrf()),
                get("/bank/mentees/export").param("organisation", b),
                get("/bank/persons/" + personOfB),
                post("/bank/settings").param("organisation", b).param("defaultCapacity", "1").param("maxCapacity", "2").with(csrf()),
                get("/bank/shared").param("organisation", world.municipality().toString()),
                get("/documents/templates/consent-personal-data").param("organisation", b),
                post("/documents/templates/consent-personal-data/reset").param("organisation", b).with(csrf()));
        for (RequestBuilder request : requests) {
            var response = mvc.perform(withUser(request)).andReturn();
            org.assertj.core.api.Assertions.assertThat(response.getResponse().getStatus())
                    .as(response.getRequest().getMethod() + " " + response.getRequest().getRequestURI())
                    .isEqualTo(404);
        }
    }

    @Test
    void everyStaffApiCallForAnotherSchoolIsNotFound() throws Exception {
        String b = "/api/v1/organisations/" + world.schoolB();
        String aWithBsPerson = "/api/v1/organisations/" + world.schoolA() + "/staff/" + personOfB;
        List<RequestBuilder> requests = List.of(
                get(b),
                get(b + "/staff"),
                post(b + "/staff").contentType(MediaType.APPLICATION_JSON).content("{}"),
                get(b + "/staff/" + personOfB),
                put(b + "/staff/" + personOfB).contentType(MediaType.APPLICATION_JSON).content("{}"),
                delete(b + "/staff/" + personOfB),
                multipart(b + "/staff/import").file(csv()),
                get(b + "/staff/export"),
                get(b + "/audit"),
                get(b + "/consents"),
                get(b + "/consents/missing").param("purpose", "PERSONAL_DATA"),
                post(b + "/consents").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + personOfB + "\",\"purpose\":\"PERSONAL_DATA\",\"givenOn\":\"2026-01-01\"}"),
                get(b + "/consents/form").param("personId", personOfB).param("purpose", "PERSONAL_DATA"),
                post(b + "/consents/forms").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"PERSONAL_DATA\",\"personIds\":[\"" + personOfB + "\"]}"),
                get(b + "/consents/subject-access/" + personOfB),
                get(b + "/document-templates"),
                get(b + "/topics"),
                get(b + "/mentees"),
                get(b + "/mentors"),
                post(b + "/mentors").contentType(MediaType.APPLICATION_JSON).content("{\"personId\":\"" + personOfB + "\"}"),
                get(b + "/bank-history/" + personOfB),
                get(b + "/mentors/export"),
                get(b + "/bank-settings"),
                put(b + "/bank-settings").contentType(MediaType.APPLICATION_JSON).content("{\"defaultCapacity\":1,\"maxCapacity\":2}"),
                get("/api/v1/organisations/" + world.municipality() + "/shared-mentors"),
                get("/api/v1/organisations/" + world.municipality() + "/needs-summary"),
                get(b + "/document-templates/consent-personal-data"),
                delete(b + "/document-templates/consent-personal-data"),
                put(b + "/requisites").contentType(MediaType.APPLICATION_JSON).content("{}"),
                get("/api/v1/organisations/" + world.schoolA() + "/consents/form").param("personId", personOfB)
                        .param("purpose", "PERSONAL_DATA"),
                get(aWithBsPerson),
                put(aWithBsPerson).contentType(MediaType.APPLICATION_JSON).content("{}"),
                delete(aWithBsPerson));
        for (RequestBuilder request : requests) {
            var response = mvc.perform(withUser(request)).andReturn();
            org.assertj.core.api.Assertions.assertThat(response.getResponse().getStatus())
                    .as(response.getRequest().getMethod() + " " + response.getRequest().getRequestURI())
                    .isEqualTo(404);
        }
    }

    private RequestBuilder withUser(RequestBuilder request) {
        return ((org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?>) request).with(user(curatorOfA));
    }

    private static MockMultipartFile csv() {
        return new MockMultipartFile("file", "staff.csv", "text/csv",
                "Фамилия;Имя;Пол;Должность\nПетров;Пётр;М;учитель\n".getBytes(StandardCharsets.UTF_8));
    }
}
