package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;
import ru.nastavnik.shared.StaleVersionException;

class FormPageTests {

    /** A form bound with a BindingResult, as the staff card's. */
    public static class CardForm {
        private String lastName = "Орлова";
        private String snils = "123";

        public String getLastName() {
            return lastName;
        }

        public void setLastName(String lastName) {
            this.lastName = lastName;
        }

        public String getSnils() {
            return snils;
        }

        public void setSnils(String snils) {
            this.snils = snils;
        }
    }

    private final ExtendedModelMap model = new ExtendedModelMap();
    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    private final CardForm card = new CardForm();
    private final BindingResult result = new BeanPropertyBindingResult(card, "cardForm");
    private final AtomicInteger rendered = new AtomicInteger();
    private final FormPage page = FormPage.of(model, result, () -> {
        rendered.incrementAndGet();
        return "people/staff-form";
    });

    @BeforeEach
    void aCardSent() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/people/staff");
        request.addParameter("lastName", "Орлова");
        request.addParameter("snils", "123");
        request.addParameter("_csrf", "csrf-value");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aChangeDoneFlashesItsSuccessAndRedirects() {
        AtomicInteger runs = new AtomicInteger();

        String view = page.submit(redirect, runs::incrementAndGet, "staff.updated", "redirect:/people/staff/7");

        assertThat(view).isEqualTo("redirect:/people/staff/7");
        assertThat(runs).hasValue(1);
        assertThat(rendered).hasValue(0);
        assertThat(((Flash) redirect.getFlashAttributes().get("flash")).key()).isEqualTo("staff.updated");
        assertThat(model.asMap()).doesNotContainKey("typedInput");
    }

    @Test
    void whatTheChangeMadeNamesTheMessageAndTheNextPage() {
        String view = page.submit(
                redirect,
                () -> "7",
                made -> Flash.of("staff.created", "Орлова " + made),
                made -> "redirect:/x/" + made);

        assertThat(view).isEqualTo("redirect:/x/7");
        Flash flash = (Flash) redirect.getFlashAttributes().get("flash");
        assertThat(flash.args()).containsExactly("Орлова 7");
    }

    @Test
    void noSuccessMessageWhenNoneIsNamed() {
        assertThat(page.submit(redirect, () -> "7", made -> null, made -> "redirect:/x"))
                .isEqualTo("redirect:/x");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aRefusalRendersTheFormAgainWithTheProblemsOnTheirFieldsAndWhatWasTyped() {
        String view = page.submit(
                redirect,
                () -> {
                    throw new InvalidInputException(
                            List.of(Problem.field("snils", "staff.snils.invalid"), Problem.field(null, "staff.whole")));
                },
                "staff.updated",
                "redirect:/people/staff/7");

        assertThat(view).isEqualTo("people/staff-form");
        assertThat(rendered).hasValue(1);
        assertThat(result.getFieldError("snils").getCode()).isEqualTo("staff.snils.invalid");
        assertThat(result.getGlobalError().getCode()).isEqualTo("staff.whole");
        // her card stays as typed: the form object is the page's, and the typed input goes with it
        assertThat(card.getSnils()).isEqualTo("123");
        TypedInput typed = (TypedInput) model.getAttribute("typedInput");
        assertThat(typed.action()).isEqualTo("/people/staff");
        assertThat(typed.values()).containsEntry("lastName", List.of("Орлова")).doesNotContainKey("_csrf");
        assertThat(typed.refused()).containsExactly("snils");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aValueThatDidNotBindRendersTheFormWithoutTryingTheChange() {
        result.rejectValue("snils", "typeMismatch");
        AtomicInteger runs = new AtomicInteger();

        assertThat(page.submit(redirect, runs::incrementAndGet, "staff.updated", "redirect:/x"))
                .isEqualTo("people/staff-form");
        assertThat(runs).hasValue(0);
    }

    @Test
    void theHandlersOwnCheckRendersTheFormTheSameWay() {
        assertThat(page.refused(InvalidInputException.of("lastName", "staff.lastName.required")))
                .isEqualTo("people/staff-form");
        assertThat(result.getFieldError("lastName").getCode()).isEqualTo("staff.lastName.required");
        assertThat(model.getAttribute("typedInput")).isInstanceOf(TypedInput.class);
    }

    @Test
    void aListingPageGetsTheProblemsInItsModel() {
        FormPage listing = FormPage.listing(model, "problems", () -> "programme/programme-template-form");

        String view = listing.submit(
                redirect,
                () -> {
                    throw new InvalidInputException(List.of(
                            Problem.cell(2, "title", "programme.activity.tooLong"),
                            Problem.cell(3, "reportForm", "programme.activity.reportForm", 500)));
                },
                "programme.template.saved",
                "redirect:/x");

        assertThat(view).isEqualTo("programme/programme-template-form");
        assertThat(model.getAttribute("problems"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(p -> ((Problem) p).messageKey())
                .containsExactly("programme.activity.tooLong", "programme.activity.reportForm");
    }

    @Test
    void otherExceptionsPassToTheHandler() {
        assertThatThrownBy(() -> page.submit(
                        redirect,
                        () -> {
                            throw new StaleVersionException(3L);
                        },
                        "staff.updated",
                        "redirect:/x"))
                .isInstanceOf(StaleVersionException.class);
        assertThat(rendered).hasValue(0);
    }

    @Test
    void aGetsRefusalIsShownInItsModelAndThePageGoesOn() {
        Optional<String> period = PageRefusal.read(model, "periodError", () -> {
            throw InvalidInputException.of("from", "monitoring.period.invalid");
        });

        assertThat(period).isEmpty();
        assertThat(((Problem) model.getAttribute("periodError")).messageKey()).isEqualTo("monitoring.period.invalid");
        assertThat(PageRefusal.read(model, "other", () -> "2025")).contains("2025");
        assertThat(PageRefusal.shown(model, "saved", () -> {})).isTrue();
        assertThat(model.asMap()).doesNotContainKeys("other", "saved");
    }
}
