package ru.nastavnik.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Pages: two people changed the same record at once — the later one sees why and that nothing was overwritten. */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("status", HttpServletResponse.SC_CONFLICT);
        return "error";
    }
}
