package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SessionCookie;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;

/** Two curators replace one document template: the second upload made on what she read is refused, not lost. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentTemplateVersionIntegrationTests {

    private static final String KIND = "consent-personal-data";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    NastavnikPrincipal curator;
    String organisation;
    String url;
    byte[] docx;

    @BeforeEach
    void setUp() throws Exception {
        Fixtures.World world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        organisation = world.schoolA().toString();
        url = "/api/v1/organisations/" + organisation + "/document-templates/" + KIND;
        docx = mvc.perform(get(url).with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void aStaleUploadIsRefusedAndAnUploadWithoutAVersionIsAskedForIt() throws Exception {
        String builtIn = etag();
        assertThat(builtIn).isEqualTo("\"0\"");
        String own = VersionedEdits.assertVersionedEdit(
                mvc,
                url,
                curator,
                tag -> VersionedEdits.ifMatch(upload(url), tag),
                tag -> VersionedEdits.ifMatch(upload(url), tag));
        mvc.perform(get("/api/v1/organisations/" + organisation + "/document-templates")
                        .with(user(curator)))
                .andExpect(jsonPath("$[?(@.kind == '" + KIND + "')].customised").value(true));

        // going back to the built-in one is a new version too: an upload read before it does not undo it
        mvc.perform(delete(url).with(user(curator))).andExpect(status().isNoContent());
        String reset = etag();
        assertThat(reset).isNotIn(builtIn, own);
        mvc.perform(upload(url).with(user(curator)).header("If-Match", own)).andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/v1/organisations/" + organisation + "/document-templates")
                        .with(user(curator)))
                .andExpect(jsonPath("$[?(@.kind == '" + KIND + "')].customised").value(false));
        mvc.perform(upload(url).with(user(curator)).header("If-Match", reset)).andExpect(status().isOk());
    }

    @Test
    void aStaleUploadOnThePageIsRefusedWithARussianMessage() throws Exception {
        mvc.perform(upload(url).with(user(curator)).header("If-Match", "\"0\"")).andExpect(status().isOk());
        MockMultipartHttpServletRequestBuilder page = multipart("/documents/templates/" + KIND)
                .file(new MockMultipartFile("file", "мой.docx", "application/octet-stream", docx));
        String uploadedAt = mvc.perform(get("/api/v1/organisations/" + organisation + "/document-templates")
                        .with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        SessionCookie browser = new SessionCookie();
        var result = mvc.perform(page.param("organisation", organisation)
                        .param("version", "0")
                        .with(user(curator))
                        .with(csrf())
                        .with(browser))
                .andDo(browser)
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Flash refused = (Flash) result.getFlashMap().get("flashError");
        assertThat(refused.key()).isEqualTo("template.stale");
        mvc.perform(get(result.getResponse().getRedirectedUrl())
                        .with(user(curator))
                        .with(browser))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("заменил или вернул к встроенному другой пользователь")));
        assertThat(mvc.perform(get("/api/v1/organisations/" + organisation + "/document-templates")
                                .with(user(curator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo(uploadedAt);
    }

    private MockMultipartHttpServletRequestBuilder upload(String url) {
        MockMultipartHttpServletRequestBuilder request =
                multipart(url).file(new MockMultipartFile("file", "мой.docx", "application/octet-stream", docx));
        request.with(r -> {
            r.setMethod("PUT");
            return r;
        });
        return request;
    }

    private String etag() throws Exception {
        return VersionedEdits.etag(mvc, url, curator);
    }
}
