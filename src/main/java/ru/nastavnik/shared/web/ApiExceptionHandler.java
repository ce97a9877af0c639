package ru.nastavnik.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import ru.nastavnik.shared.ForbiddenException;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import tools.jackson.core.JacksonException;

/** Turns every failure of a REST call into the one JSON error shape, with a Russian message. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final ApiErrorWriter errors;

    ApiExceptionHandler(ApiErrorWriter errors) {
        this.errors = errors;
    }

    /**
     * A refused field the call did not send (the resource's own state, or the page form's name of a field) is reported
     * without a name: a client looks for the field she sent. A file's rows keep their columns.
     */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException ex, HandlerMethod handler) {
        Set<String> inputs = handler == null ? null : RequestInputs.of(handler);
        List<ApiErrorWriter.ApiError> list = errors.errors(ex).stream()
                .map(e ->
                        inputs == null || e.row() != null || e.field() == null || RequestInputs.names(inputs, e.field())
                                ? e
                                : new ApiErrorWriter.ApiError(null, null, e.message()))
                .toList();
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, "error.invalid", list);
    }

    private ResponseEntity<Map<String, Object>> invalid(InvalidInputException ex) {
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, "error.invalid", errors.errors(ex));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException ex) {
        // a query record's value that does not convert is answered as the @RequestParam it replaced: a malformed
        // typed id is a 404, any other value a 400 naming its parameter
        if (NotFoundCause.of(ex)) {
            return notFound(new NotFoundException());
        }
        FieldError mismatch = ex.getBindingResult().getFieldErrors().stream()
                .filter(error -> error.contains(TypeMismatchException.class))
                .findFirst()
                .orElse(null);
        if (mismatch != null) {
            return badParameter(mismatch.getField());
        }
        List<ApiErrorWriter.ApiError> list = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiErrorWriter.ApiError(f.getField(), null, f.getDefaultMessage()))
                .toList();
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, "error.invalid", list);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(HandlerMethodValidationException ex) {
        List<ApiErrorWriter.ApiError> list = ex.getAllErrors().stream()
                .map(e -> new ApiErrorWriter.ApiError(null, null, e.getDefaultMessage()))
                .toList();
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, "error.invalid", list);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
        // a request record that validates itself refuses a value while being read: its own message says which and why
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid(invalid);
            }
        }
        String field = ex.getCause() instanceof JacksonException json ? fieldOf(json) : null;
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SafeTextJson.RefusedValueException unsafe) {
                String why = errors.message(unsafe.messageKey());
                return respond(
                        HttpStatus.BAD_REQUEST,
                        "error.badRequest",
                        List.of(new ApiErrorWriter.ApiError(
                                field, null, field == null ? why : errors.message("text.unsafe.field", field, why))));
            }
        }
        return respond(
                HttpStatus.BAD_REQUEST,
                "error.unreadable",
                List.of(new ApiErrorWriter.ApiError(
                        field,
                        null,
                        field == null
                                ? errors.message("error.unreadable.detail")
                                : errors.message("error.unreadable.field", field))));
    }

    /** The JSON path of the value that could not be read, e.g. {@code roles[0].role}. */
    private static String fieldOf(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        MissingServletRequestPartException.class
    })
    ResponseEntity<Map<String, Object>> badParameter(Exception ex) {
        if (ex instanceof MethodArgumentTypeMismatchException m && NotFoundCause.of(m)) {
            // a malformed typed id in the path or a parameter: there is no such record
            return notFound(new NotFoundException());
        }
        String name = ex instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : ex instanceof MissingServletRequestParameterException p
                        ? p.getParameterName()
                        : ((MissingServletRequestPartException) ex).getRequestPartName();
        return badParameter(name);
    }

    private ResponseEntity<Map<String, Object>> badParameter(String name) {
        return respond(
                HttpStatus.BAD_REQUEST,
                "error.badParameter",
                List.of(new ApiErrorWriter.ApiError(name, null, errors.message("error.badParameter.detail", name))));
    }

    @ExceptionHandler(ApiPage.BadPage.class)
    ResponseEntity<Map<String, Object>> badPage(ApiPage.BadPage ex) {
        return respond(
                HttpStatus.BAD_REQUEST,
                "error.badRequest",
                List.of(new ApiErrorWriter.ApiError(
                        ex.parameter(), null, errors.message(ex.messageKey(), ex.parameter(), ApiPage.MAX_SIZE))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, "import.file.tooLarge", List.of());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException ex) {
        return respond(HttpStatus.NOT_FOUND, "error.notFound", List.of());
    }

    /** Two people changed the same record at once: the later one is told to look again, nothing is overwritten. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, Object>> conflict(OptimisticLockingFailureException ex) {
        return respond(HttpStatus.CONFLICT, "error.conflict", List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Map<String, Object>> duplicate(DataIntegrityViolationException ex) {
        if (!UniqueViolation.is(ex)) {
            throw ex;
        }
        return respond(HttpStatus.CONFLICT, "error.conflict", List.of());
    }

    /** The record changed since the client read it (its If-Match is stale): nothing was overwritten. */
    @ExceptionHandler(ru.nastavnik.shared.StaleVersionException.class)
    ResponseEntity<Map<String, Object>> stale(ru.nastavnik.shared.StaleVersionException ex) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(ETags.of(ex.current()))
                .body(errors.body(
                        412,
                        "error.stale",
                        List.of(new ApiErrorWriter.ApiError(null, null, errors.message("error.stale.detail")))));
    }

    @ExceptionHandler(ru.nastavnik.shared.VersionRequiredException.class)
    ResponseEntity<Map<String, Object>> preconditionRequired(ru.nastavnik.shared.VersionRequiredException ex) {
        return respond(
                HttpStatus.PRECONDITION_REQUIRED,
                "error.preconditionRequired",
                List.of(new ApiErrorWriter.ApiError(
                        "If-Match", null, errors.message("error.preconditionRequired.detail"))));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Map<String, Object>> forbidden(ForbiddenException ex) {
        return respond(HttpStatus.FORBIDDEN, ex.messageKey(), List.of());
    }

    private ResponseEntity<Map<String, Object>> respond(
            HttpStatus status, String titleKey, List<ApiErrorWriter.ApiError> list) {
        return ResponseEntity.status(status).body(errors.body(status.value(), titleKey, list));
    }
}
