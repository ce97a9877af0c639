package ru.nastavnik.shared.web;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A form page that is rendered again when its input is refused, instead of redirected (a {@link BindingResult} form
 * with {@code th:field}, or a page listing the problems above its form): the problems go on the fields they concern
 * ({@link FormErrors}) or into the page's model, what she typed stays in the form and is put in the model as
 * {@link TypedInput} (secrets never), and the page is shown again. Only a change that is done redirects
 * (Post/Redirect/Get), with its success message flashed. Every other exception (a stale version, a missing record)
 * passes through to the handler's own {@code catch}, as with {@link Submit}.
 *
 * <pre>{@code
 * return FormPage.of(model, result, () -> form(model, staffForm, organisation, null))
 *         .submit(redirect, () -> staff.create(me, organisation, staffForm.toData()),
 *                 created -> Flash.of("staff.created", created.data().fullName()),
 *                 created -> "redirect:/people/staff/" + created.id());
 * }</pre>
 */
public final class FormPage {

    private final Model model;
    private final BindingResult result;
    private final Consumer<InvalidInputException> shown;
    private final Supplier<String> page;

    private FormPage(Model model, BindingResult result, Consumer<InvalidInputException> shown, Supplier<String> page) {
        this.model = model;
        this.result = result;
        this.shown = shown;
        this.page = page;
    }

    /**
     * A form bound with a {@link BindingResult}: a refusal's problems go on its fields; a value that did not bind (a
     * number that is not one) shows the page again before anything is tried.
     *
     * @param page prepares the page's model and answers its view
     */
    public static FormPage of(Model model, BindingResult result, Supplier<String> page) {
        return new FormPage(model, result, refused -> FormErrors.apply(refused, result), page);
    }

    /** A page that lists a refusal's problems above its form: they go into the model under {@code attribute}. */
    public static FormPage listing(Model model, String attribute, Supplier<String> page) {
        return new FormPage(model, null, refused -> model.addAttribute(attribute, refused.problems()), page);
    }

    /** Does the change; when done, flashes {@code successKey} (none if null) and answers {@code next}. */
    public <X extends Exception> String submit(
            RedirectAttributes redirect, Submit.Change<X> change, String successKey, String next) throws X {
        return submit(
                redirect,
                () -> {
                    change.run();
                    return Boolean.TRUE;
                },
                done -> successKey == null ? null : Flash.of(successKey),
                done -> next);
    }

    /**
     * Does a change that makes what the next page shows (a new record): when done, flashes what {@code success}
     * answers for it (none if null) and answers the page {@code next} names for it.
     */
    public <T, X extends Exception> String submit(
            RedirectAttributes redirect,
            Submit.Result<T, X> change,
            Function<? super T, Flash> success,
            Function<? super T, String> next)
            throws X {
        if (result != null && result.hasErrors()) {
            return page.get();
        }
        T made;
        try {
            made = change.run();
        } catch (InvalidInputException refused) {
            return refused(refused);
        }
        Objects.requireNonNull(made, "a change answers what it made");
        Flash flash = success.apply(made);
        if (flash != null) {
            Flash.success(redirect, flash.key(), flash.args());
        }
        return next.apply(made);
    }

    /** The page again with a refusal (the handler's own check before the change, say: a password not repeated). */
    public String refused(InvalidInputException refused) {
        shown.accept(refused);
        TypedInput typed = TypedInput.ofCurrentRequest(refused);
        if (typed != null) {
            model.addAttribute(TypedInput.ATTRIBUTE, typed);
        }
        return page.get();
    }
}
