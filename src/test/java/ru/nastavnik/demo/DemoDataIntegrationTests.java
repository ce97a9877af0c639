package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DemoDataIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoWorld world;

    @Test
    void theDemoWorldLoadsOnceAndItsAccountsSignIn() throws Exception {
        world.load();
        world.load();

        String orgs = mvc.perform(get("/api/v1/organisations").with(httpBasic("demo-director", DemoData.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String school = JsonPath.<String>read(orgs, "$[0].id");
        String page = mvc.perform(get("/api/v1/organisations/" + school + "/staff")
                        .with(httpBasic("demo-curator", DemoData.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Integer>read(page, "$.totalElements")).isEqualTo(25);
        // the region's holidays of the school year it is started in (the shipped settings hold a past one only)
        String holidays = mvc.perform(get("/api/v1/organisations/" + school + "/school-holidays")
                        .with(httpBasic("demo-curator", DemoData.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(holidays, "$.setByName")).contains("Демонстрационной области");
        assertThat(JsonPath.<java.util.List<Object>>read(holidays, "$.periods")).hasSize(4);
        String mentors = mvc.perform(get("/api/v1/organisations/" + school + "/mentors")
                        .with(httpBasic("demo-curator", DemoData.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String mentees = mvc.perform(get("/api/v1/organisations/" + school + "/mentees")
                        .with(httpBasic("demo-curator", DemoData.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Integer>read(mentors, "$.content.length()")).isPositive();
        assertThat(JsonPath.<Integer>read(mentees, "$.content.length()")).isPositive();
        String pairs = mvc.perform(get("/api/v1/organisations/" + school + "/mentorships")
                        .with(httpBasic("demo-curator", DemoData.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(pairs, "$.content[*].status"))
                .containsExactly("ACTIVE", "ACTIVE");
        String plans = mvc.perform(get("/api/v1/organisations/" + school + "/programmes")
                        .with(httpBasic("demo-curator", DemoData.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(plans, "$.content[*].status"))
                .containsExactly("IN_PROGRESS");
        // the registered order's scan opens as a document (it was a 45-byte stub)
        String orders = mvc.perform(get("/api/v1/organisations/" + school + "/orders")
                        .with(httpBasic("demo-curator", DemoData.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String order = JsonPath.<java.util.List<String>>read(orders, "$..id").get(0);
        byte[] scan = mvc.perform(get("/api/v1/organisations/" + school + "/orders/" + order + "/scan")
                        .with(httpBasic("demo-curator", DemoData.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(scan)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("ПРИКАЗ");
        }
        // the second school has newcomers and no mentors: the municipality's run finds them mentors of the first
        String municipality = JsonPath.<String>read(orgs, "$[0].parentId");
        String area = mvc.perform(post("/api/v1/organisations/" + municipality + "/area-matching-runs")
                        .with(httpBasic("demo-municipality", DemoData.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<java.util.List<Boolean>>read(
                        area, "$.proposals[?(@.menteeSchool =~ /.*№ 2.*/)].crossesSchools"))
                .isNotEmpty()
                .containsOnly(true);
        // the demo's mentor and mentee are the pair with the approved programme: their cabinets show it
        for (String login : new String[] {"demo-mentor", "demo-mentee"}) {
            String mine = mvc.perform(get("/api/v1/me/programmes").with(httpBasic(login, DemoData.PASSWORD)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(JsonPath.<java.util.List<String>>read(mine, "$[*].status"))
                    .as(login)
                    .containsExactly("IN_PROGRESS");
            assertThat(JsonPath.<Integer>read(mine, "$[0].activities.length()"))
                    .as(login)
                    .isPositive();
        }
        for (String login : new String[] {
            "demo-admin", "demo-region", "demo-municipality", "demo-mentor", "demo-mentee", "demo-director2"
        }) {
            assertThat(mvc.perform(get("/api/v1/organisations").with(httpBasic(login, DemoData.PASSWORD)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(login)
                    .isEqualTo(200);
        }
    }
}
