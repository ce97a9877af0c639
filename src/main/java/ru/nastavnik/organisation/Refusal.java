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

    BAD_REQUEST("400", "Запрос не разобран: неверный параметр или JSON, слишком длинный адрес") {
        @Override
        boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open) {
            return true;
        }
    },
    UNAUTHORIZED("401", "Вход не выполнен: нет или неверны логин и пароль (Basic) либо токен (Bearer)") {
        @Override
        boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open) {
            return !open;
        }
    },
    FORBIDDEN("403", "Нет прав на это действие в этой организации") {
        @Override
        boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open) {
            return !open;
        }
    },
    NOT_FOUND("404", "Нет такой записи (или она другой организации)") {
        @Override
        boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open) {
            return path.contains("{");
        }
    },
    CONFLICT("409", "Запись одновременно изменена или создана другим запросом; ничего не сохранено") {
        @Override
        boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open) {
            return method != HttpMethod.GET;
        }
    },
    PRECONDITION_FAILED("412", "Запись изменилась после чтения (If-Match устарел); ничего не сохранено, ETag — новая версия") {
        @Override
        boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open) {
            return hasHeader(operation, "If-Match");
        }
    },
    CONTENT_TOO_LARGE("413", "Файл или запрос слишком велик") {
        @Override
        boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open) {
            return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().containsKey("multipart/form-data");
        }
    },
    UNPROCESSABLE_CONTENT("422", "Данные не приняты, ничего не сохранено; errors — что исправить") {
        @Override
        boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open) {
            return method != HttpMethod.GET || operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()));
        }
    },
    PRECONDITION_REQUIRED("428", "Нужен заголовок If-Match с версией записи из её ETag") {
        @Override
        boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open) {
            return PRECONDITION_FAILED.appliesTo(path, method, operation, open);
        }
    },
    TOO_MANY_REQUESTS("429", "Слишком много неудачных попыток входа: повторить через Retry-After секунд") {
        @Override
        boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open) {
            return !open;
        }

        @Override
        ApiResponse response(String schemaRef) {
            return super.response(schemaRef).addHeaderObject("Retry-After",
                    new Header().description("Через сколько секунд можно повторить").schema(new IntegerSchema()));
        }
    };

    private final String code;
    private final String description;

    Refusal(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** May the operation at this path, signed-in or {@code open} to anyone, answer with this refusal? */
    abstract boolean appliesTo(String path, HttpMethod method, Operation operation, boolean open);

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
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref(schemaRef))));
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }
}
