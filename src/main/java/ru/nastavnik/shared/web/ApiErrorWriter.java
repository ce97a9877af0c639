package ru.nastavnik.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/** The one shape of every API error: {@code {status, title, errors: [{field, row, message}]}}, in Russian. */
@Component
public class ApiErrorWriter {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;
    private final JsonMapper json;

    ApiErrorWriter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public void write(HttpServletResponse response, int status, String titleKey) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), body(status, titleKey, List.of()));
    }

    /** A body made with {@link #body}, written where no controller answers (a filter). */
    public void writeBody(HttpServletResponse response, Map<String, Object> body) throws IOException {
        json.writeValue(response.getWriter(), body);
    }

    public Map<String, Object> body(int status, String titleKey, List<ApiError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("title", message(titleKey));
        body.put("errors", errors);
        return body;
    }

    public List<ApiError> errors(InvalidInputException ex) {
        return ex.problems().stream()
                .map(p -> new ApiError(
                        p.field(), p.row(), message(p.messageKey(), p.args().toArray())))
                .toList();
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, RUSSIAN);
    }

    public record ApiError(String field, Integer row, String message) {}
}
