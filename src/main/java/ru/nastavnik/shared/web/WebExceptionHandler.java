package ru.nastavnik.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Pages: a refused request, a refused input and two people changing the same record at once each get the error
 * page with their own status and a Russian explanation — never «Внутренняя ошибка».
 */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

    private final MessageSource messages;
    private final CurrentUserAdvice currentUser;

    WebExceptionHandler(MessageSource messages, CurrentUserAdvice currentUser) {
        this.messages = messages;
        this.currentUser = currentUser;
    }

    /** A refused input that no form took back (a document that cannot be made, say): the page says why. */
    @ExceptionHandler(InvalidInputException.class)
    String refused(InvalidInputException refused, HttpServletResponse response, Model model) {
        response.setStatus(422);
        model.addAttribute("status", 422);
        model.addAttribute("problem", refused.problems().get(0));
        return page(model);
    }

    /**
     * Spring's own refusals of a request the page's controller cannot take (a parameter missing or not of its
     * type, a form that does not bind): «Неверный запрос» with status 400, naming the parameter where one is at
     * fault. The API answers these in its JSON shape ({@link ApiExceptionHandler}).
     */
    @ExceptionHandler({
        TypeMismatchException.class,
        ServletRequestBindingException.class,
        MissingServletRequestPartException.class,
        HttpMessageNotReadableException.class,
        BindException.class,
        HandlerMethodValidationException.class
    })
    String badRequest(Exception ex, HandlerMethod handler, HttpServletResponse response, Model model) throws Exception {
        if (NotFoundCause.of(ex)) {
            // a malformed typed id in the path or a parameter: there is no such record — the 404 page (or the API's
            // 404 body), as for a NotFoundException the controller throws
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        boolean api = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class);
        boolean clientError = ex instanceof ErrorResponse error
                ? error.getStatusCode().value() == 400
                : ex instanceof MethodArgumentTypeMismatchException || ex instanceof BindException;
        if (api || !clientError) {
            throw ex;
        }
        String parameter = ex instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
                : ex instanceof MissingServletRequestParameterException missing
                        ? missing.getParameterName()
                        : ex instanceof MissingServletRequestPartException part
                                ? part.getRequestPartName()
                                : ex instanceof BindException form && form.getFieldError() != null
                                        // a form record's field, named as the form sends it
                                        ? form.getFieldError().getField()
                                        : null;
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        if (parameter != null) {
            model.addAttribute(
                    "refusal",
                    messages.getMessage("error.badParameter.detail", new Object[] {parameter}, ApiErrorWriter.RUSSIAN));
        }
        return page(model);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String duplicate(DataIntegrityViolationException ex, HttpServletResponse response, Model model) {
        if (!UniqueViolation.is(ex)) {
            throw ex;
        }
        return conflict(response, model);
    }

    /**
     * A form sent on a version someone else has saved since, where its controller does not take the conflict back
     * into the form itself ({@link Submit}): nothing is overwritten, the page says so.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, StaleVersionException.class})
    String conflict(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("status", HttpServletResponse.SC_CONFLICT);
        return page(model);
    }

    /** A change sent without the version of the record it was made on (a form not from our page): nothing changes. */
    @ExceptionHandler(VersionRequiredException.class)
    String versionMissing(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("refusal", messages.getMessage("error.versionMissing.page", null, ApiErrorWriter.RUSSIAN));
        return page(model);
    }

    /** The error page keeps the navigation: model attributes of the advice do not reach an exception's model. */
    private String page(Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof NastavnikPrincipal me) {
            model.addAttribute("me", me);
            model.addAttribute("navigation", currentUser.navigation(me));
        }
        return "error";
    }
}
