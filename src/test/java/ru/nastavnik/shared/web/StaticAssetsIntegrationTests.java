package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Stylesheets and scripts are fetched once a release: fingerprinted URLs, cached for a year, not no-store. */
@SpringBootTest
@AutoConfigureMockMvc
class StaticAssetsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesLinkFingerprintedAssetsThatAreCachedForAYear() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher css = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(login);
        assertThat(css.find())
                .as("the app's stylesheet under a URL with its content hash")
                .isTrue();
        Matcher bootstrap = Pattern.compile(
                        "href=\"(/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min-[0-9a-f]{32}\\.css)\"")
                .matcher(login);
        assertThat(bootstrap.find()).as("the WebJar's stylesheet too").isTrue();

        for (String url : new String[] {css.group(1), bootstrap.group(1)}) {
            var response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            assertThat(response.getHeader("Cache-Control"))
                    .as(url)
                    .contains("max-age=31536000")
                    .doesNotContain("no-store");
        }
    }
}
