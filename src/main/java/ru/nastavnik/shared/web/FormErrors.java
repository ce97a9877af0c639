package ru.nastavnik.shared.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import ru.nastavnik.shared.InvalidInputException;

/** Puts a service's {@link InvalidInputException} onto a form, next to the field it concerns. */
public final class FormErrors {

    private FormErrors() {}

    public static void apply(InvalidInputException ex, BindingResult result) {
        Object target = result.getTarget();
        BeanWrapperImpl wrapper = target == null ? null : new BeanWrapperImpl(target);
        for (InvalidInputException.Problem problem : ex.problems()) {
            Object[] args = problem.args().toArray();
            if (wrapper != null && problem.field() != null && wrapper.isReadableProperty(problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey(), args, problem.messageKey());
            } else {
                result.reject(problem.messageKey(), args, problem.messageKey());
            }
        }
    }
}
