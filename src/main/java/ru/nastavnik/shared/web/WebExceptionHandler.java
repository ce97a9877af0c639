package ru.nastavnik.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import ru.nastavnik.shared.InvalidInputException;

/** Pages: two people changed the same record at once — the later one sees why and that nothing was overwritten. */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

    /** A refused input that no form took back (a document that cannot be made, say): the page says why. */
    @ExceptionHandler(InvalidInputException.class)
    String refused(InvalidInputException refused, HttpServletResponse response, Model model) {
        response.setStatus(422);
        model.addAttribute("status", 422);
        model.addAttribute("problem", refused.problems().get(0));
        return "error";
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String duplicate(DataIntegrityViolationException ex, HttpServletResponse response, Model model) {
        if (!UniqueViolation.is(ex)) {
            throw ex;
        }
        return conflict(response, model);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("status", HttpServletResponse.SC_CONFLICT);
        return "error";
    }
}
