package ru.nastavnik.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class SurveyLinksTests {

    @BeforeEach
    void aRequestWithAForgedHost() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setServerName("evil.example");
        request.addHeader("Host", "evil.example");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void linksInLettersUseTheConfiguredPublicBaseUrlNeverTheRequestsHost() {
        SurveyLinks links = new SurveyLinks("https://nastavnik.edu.example.ru/", 8080);
        assertThat(links.of("abc")).isEqualTo("https://nastavnik.edu.example.ru/s/abc");
        assertThat(links.cabinet()).isEqualTo("https://nastavnik.edu.example.ru/survey/my");
    }

    @Test
    void withoutAConfiguredBaseLinksPointToThisMachineNotToTheRequestsHost() {
        assertThat(new SurveyLinks("", 8080).of("abc")).isEqualTo("http://localhost:8080/s/abc");
    }

    @Test
    void aBaseThatIsNoWebAddressStopsTheStart() {
        assertThatThrownBy(() -> new SurveyLinks("nastavnik.school", 8080)).isInstanceOf(IllegalStateException.class);
    }
}
