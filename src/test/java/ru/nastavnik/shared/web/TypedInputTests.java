package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import ru.nastavnik.shared.InvalidInputException;

class TypedInputTests {

    @Test
    void aRefusedFormCarriesWhatWasTypedAndWhichFieldsWereRefusedButNoSecret() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/app/mentorship/programmes/1/activities");
        request.setContextPath("/app");
        request.addParameter("title", "Взаимопосещение уроков");
        request.addParameter("dueOn", "2099-01-15");
        request.addParameter("need", "discipline", "parents");
        request.addParameter("_csrf", "token-value");
        request.addParameter("newPassword", "secret-value");
        request.addParameter("apiToken", "t");

        TypedInput typed =
                TypedInput.of(request, InvalidInputException.of("dueOn", "programme.activity.outsidePeriod"));

        assertThat(typed.action()).isEqualTo("/mentorship/programmes/1/activities");
        assertThat(typed.values()).containsOnlyKeys("title", "dueOn", "need");
        assertThat(typed.values().get("need")).containsExactly("discipline", "parents");
        assertThat(typed.refused()).containsExactly("dueOn");
        assertThat(typed.asData())
                .containsEntry("action", "/mentorship/programmes/1/activities")
                .containsEntry("refused", List.of("dueOn"));
    }
}
