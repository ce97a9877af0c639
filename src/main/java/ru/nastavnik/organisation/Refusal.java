package ru.nastavnik.organisation;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The 4xx answers of the API (all in the shape of {@code ApiErrorWriter}) and which operations can give each:
 * what {@code ApiExceptionHandler}, the API's sign-in and the servlet container refuse, told from the operation's
 * path, method and parameters.
 */
enum Refusal {
    BAD_REQUEST(
            "400",
            "Запрос не разобран: неверный параметр или JSON, слишком длинный адрес",
            (path, method, operation, open) -> true),
    UNAUTHORIZED(
            "401",
            "Вход не выполнен: нет или неверны логин и пароль (Basic) либо токен (Bearer)",
            (path, method, operation, open) -> !open),
    FORBIDDEN("403", "Нет прав на это действие в этой организации", (path, method, operation, open) -> !open),
    NOT_FOUND(
            "404",
            "Нет такой записи (или она другой организации)",
            (path, method, operation, open) -> path.contains("{")),
    CONFLICT(
            "409",
            "Запись одновременно изменена или создана другим запросом; ничего не сохранено",
            (path, method, operation, open) -> method != HttpMethod.GET),
    PRECONDITION_FAILED(
            "412",
            "Запись изменилась после чтения (If-Match устарел); ничего не сохранено, ETag — новая версия",
            (path, method, operation, open) -> takesIfMatch(operation)),
    CONTENT_TOO_LARGE(
            "413",
            "Файл или запрос слишком велик",
            (path, method, operation, open) -> operation.getRequestBody() != null
                    && operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().containsKey("multipart/form-data")),
    UNPROCESSABLE_CONTENT(
            "422",
            "Данные не приняты, ничего не сохранено; errors — что исправить",
            (path, method, operation, open) -> method != HttpMethod.GET
                    || operation.getParameters() != null
                            && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()))),
    PRECONDITION_REQUIRED(
            "428",
            "Нужен заголовок If-Match с версией записи из её ETag",
            (path, method, operation, open) -> takesIfMatch(operation)),
    TOO_MANY_REQUESTS(
            "429",
            "Слишком много неудачных попыток входа: повторить через Retry-After секунд",
            (path, method, operation, open) -> !open);

    /** May the operation at this path, signed-in or {@code open} to anyone, answer with the refusal? */
    interface Rule {
        boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open);
    }

    private final String code;
    private final String description;
    private final Rule rule;

    Refusal(String code, String description, Rule rule) {
        this.code = code;
        this.description = description;
        this.rule = rule;
    }

    boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open) {
        return rule.appliesTo(path, method, operation, open);
    }

    String code() {
        return code;
    }

    /** The component's name: {@code BadRequest}. */
    String key() {
        StringBuilder key = new StringBuilder();
        for (String word : name().split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return key.toString();
    }

    ApiResponse response(String schemaRef) {
        ApiResponse response = new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(schemaRef))));
        return this != TOO_MANY_REQUESTS
                ? response
                : response.addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description("Через сколько секунд можно повторить")
                                .schema(new IntegerSchema()));
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
    }
}
