package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;
import ru.nastavnik.shared.StaleVersionException;

class SubmitTests {

    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    @BeforeEach
    void aFormSentToTheBank() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/bank/mentors");
        request.addParameter("organisation", "5f0c1d2e-0000-4000-8000-000000000001");
        request.addParameter("competences", "Классное руководство", "Работа с родителями");
        request.addParameter("capacity", "9");
        request.addParameter("_csrf", "csrf-value");
        request.addParameter("currentPassword", "p@ss");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aChangeDoneFlashesItsSuccessAndAnswersTheView() {
        AtomicInteger runs = new AtomicInteger();

        String view = Submit.to(
                "redirect:/bank/mentors?organisation=1", redirect, runs::incrementAndGet, "bank.saved", "Иванова");

        assertThat(view).isEqualTo("redirect:/bank/mentors?organisation=1");
        assertThat(runs).hasValue(1);
        Flash flash = (Flash) redirect.getFlashAttributes().get("flash");
        assertThat(flash.key()).isEqualTo("bank.saved");
        assertThat(flash.args()).containsExactly("Иванова");
        assertThat(redirect.getFlashAttributes()).doesNotContainKeys("flashError", "typedInput");
    }

    @Test
    void aChangeDoneWithoutASuccessKeyFlashesNothing() {
        assertThat(Submit.done(redirect, () -> {}, null)).isTrue();
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void theSuccessMessageMayNameWhatTheChangeMade() {
        boolean done = Submit.done(redirect, () -> Flash.of("staff.created", "Петрова Анна Сергеевна"));

        assertThat(done).isTrue();
        Flash flash = (Flash) redirect.getFlashAttributes().get("flash");
        assertThat(flash.key()).isEqualTo("staff.created");
        assertThat(flash.args()).containsExactly("Петрова Анна Сергеевна");
    }

    @Test
    void aChangeThatMakesSomethingAnswersItOrNothingWhenRefused() {
        assertThat(Submit.made(redirect, () -> "опрос-7", "survey.created")).contains("опрос-7");
        assertThat(((Flash) redirect.getFlashAttributes().get("flash")).key()).isEqualTo("survey.created");

        RedirectAttributesModelMap refusedRedirect = new RedirectAttributesModelMap();
        assertThat(Submit.made(
                        refusedRedirect,
                        () -> {
                            throw InvalidInputException.of("title", "survey.title.required");
                        },
                        "survey.created"))
                .isEmpty();
        assertThat(((Flash) refusedRedirect.getFlashAttributes().get("flashError")).key())
                .isEqualTo("survey.title.required");
        assertThat(refusedRedirect.getFlashAttributes()).doesNotContainKey("flash");
    }

    @Test
    void aRefusalFlashesEveryProblemAndNoSuccess() {
        InvalidInputException refusal = new InvalidInputException(List.of(
                Problem.field("capacity", "bank.capacity.range", 1, 5),
                Problem.field("competences", "bank.competences.unknown", "Работа с родителями"),
                Problem.cell(3, "snils", "people.snils.checksum")));

        String view = Submit.to(
                "redirect:/bank/mentors",
                redirect,
                () -> {
                    throw refusal;
                },
                "bank.saved");

        assertThat(view).isEqualTo("redirect:/bank/mentors");
        assertThat(redirect.getFlashAttributes()).doesNotContainKey("flash");
        Flash first = (Flash) redirect.getFlashAttributes().get("flashError");
        assertThat(first.key()).isEqualTo("bank.capacity.range");
        assertThat(first.args()).containsExactly(1, 5);
        @SuppressWarnings("unchecked")
        List<Flash> more = (List<Flash>) redirect.getFlashAttributes().get("flashErrorsMore");
        assertThat(more).extracting(Flash::key).containsExactly("bank.competences.unknown", "people.snils.checksum");
        assertThat(more.get(0).args()).containsExactly("Работа с родителями");
    }

    @Test
    void aRefusalCarriesWhatWasTypedButNoSecret() {
        boolean done = Submit.done(
                redirect,
                () -> {
                    throw InvalidInputException.of("capacity", "bank.capacity.range", 1, 5);
                },
                "bank.saved");

        assertThat(done).isFalse();
        TypedInput typed = (TypedInput) redirect.getFlashAttributes().get("typedInput");
        assertThat(typed.action()).isEqualTo("/bank/mentors");
        assertThat(typed.values()).containsOnlyKeys("organisation", "competences", "capacity");
        assertThat(typed.values().get("competences")).containsExactly("Классное руководство", "Работа с родителями");
        assertThat(typed.values().get("capacity")).containsExactly("9");
        assertThat(typed.refused()).containsExactly("capacity");
    }

    @Test
    void otherFailuresPassThroughUntouched() {
        assertThatThrownBy(() -> Submit.done(
                        redirect,
                        () -> {
                            throw new IllegalStateException("stale");
                        },
                        "bank.saved"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Submit.to(
                        "redirect:/",
                        redirect,
                        () -> {
                            throw new IOException("upload lost");
                        },
                        "bank.saved"))
                .isInstanceOf(IOException.class);
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aChangeOverAStaleVersionFlashesItsOwnMessageAndIsNotDone() {
        boolean done = Submit.versioned(
                redirect,
                "roadmap.activity.savedMeanwhile",
                () -> {
                    throw new StaleVersionException(4L);
                },
                "roadmap.activity.saved");

        assertThat(done).isFalse();
        assertThat(((Flash) redirect.getFlashAttributes().get("flashError")).key())
                .isEqualTo("roadmap.activity.savedMeanwhile");
        assertThat(redirect.getFlashAttributes()).doesNotContainKeys("flash", "typedInput");

        RedirectAttributesModelMap current = new RedirectAttributesModelMap();
        assertThat(Submit.versioned(current, "roadmap.activity.savedMeanwhile", () -> {}, "roadmap.activity.saved"))
                .isTrue();
        assertThat(((Flash) current.getFlashAttributes().get("flash")).key()).isEqualTo("roadmap.activity.saved");

        RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
        assertThat(Submit.versioned(
                        refused,
                        "roadmap.activity.savedMeanwhile",
                        () -> {
                            throw InvalidInputException.of("title", "roadmap.activity.title.required");
                        },
                        "roadmap.activity.saved"))
                .isFalse();
        assertThat(((Flash) refused.getFlashAttributes().get("flashError")).key())
                .isEqualTo("roadmap.activity.title.required");
    }
}
