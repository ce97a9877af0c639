package ru.nastavnik.organisation;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.nastavnik.shared.web.ApiErrorWriter;

/**
 * The OpenAPI document says what the API really does: the two ways a script signs in ({@link ApiSecurityConfiguration}),
 * the one error shape ({@link ApiErrorWriter}) on every refusal, a stable operationId per handler method, and the
 * concrete paths behind a {@code {kind:mentees|mentors}} pattern (a template there would look like any other id).
 * It is done here for every operation, so a new endpoint needs only its {@code @Operation(summary = …)};
 * {@code OpenApiDocumentTests} fails on one without.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String BASIC = "basic";
    private static final String BEARER = "bearer";
    private static final String ERROR = "#/components/schemas/ApiErrorBody";

    @Bean
    OpenAPI nastavnikApi(@Value("${nastavnik.version}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Наставник — API")
                        .version(version)
                        .description("Система наставничества педагогических работников. Ошибки — JSON "
                                + "{status, title, errors: [{field, row, message}]} с сообщением на русском."))
                .servers(List.of(new Server().url("/").description("Этот экземпляр системы")))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        BASIC,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("basic")
                                                .description(
                                                        "Логин и пароль пользователя; верные запоминаются на минуту"))
                                .addSecuritySchemes(
                                        BEARER,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .bearerFormat("nst_…")
                                                .description(
                                                        "Персональный API-токен: Профиль → «Выпустить токен» или POST /api/v1/tokens")));
    }

    /** {@code bankSettingsGet}: the controller's noun and the method's name, the HTTP method if the name is overloaded. */
    @Bean
    OperationCustomizer stableOperationIds() {
        return (operation, handler) -> {
            var declared = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
            if (declared != null && !declared.operationId().isBlank()) {
                return operation;
            }
            Method method = handler.getMethod();
            String noun = handler.getBeanType().getSimpleName().replaceFirst("(Api)?Controller$", "");
            String id = StringUtils.uncapitalize(noun) + StringUtils.capitalize(method.getName());
            long sameName = Arrays.stream(handler.getBeanType().getDeclaredMethods())
                    .filter(m -> m.getName().equals(method.getName()) && mapping(m) != null)
                    .count();
            if (sameName > 1) {
                id += Arrays.stream(mapping(method).method())
                        .map(m -> StringUtils.capitalize(m.name().toLowerCase()))
                        .reduce("", String::concat);
            }
            return operation.operationId(id);
        };
    }

    private static RequestMapping mapping(Method method) {
        return AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
    }

    /** Every operation: who may call it and how it refuses. */
    @Bean
    OpenApiCustomizer securityAndRefusals(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        return api -> {
            Alternatives.expand(api, mappings);
            ModelConverters.getInstance(true)
                    .readAll(new AnnotatedType(ApiErrorBody.class))
                    .forEach(api.getComponents()::addSchemas);
            for (Refusal refusal : Refusal.values()) {
                api.getComponents().addResponses(refusal.key(), refusal.response(ERROR));
            }
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        boolean open = path.startsWith(SecurityConfiguration.PUBLIC_API);
                        operation.setSecurity(
                                open
                                        ? List.of()
                                        : List.of(
                                                new SecurityRequirement().addList(BASIC),
                                                new SecurityRequirement().addList(BEARER)));
                        for (Refusal refusal : Refusal.values()) {
                            if (refusal.appliesTo(path, method, operation, open)) {
                                operation
                                        .getResponses()
                                        .putIfAbsent(
                                                refusal.code(),
                                                new ApiResponse().$ref("#/components/responses/" + refusal.key()));
                            }
                        }
                    }));
        };
    }

    /** The shape {@link ApiErrorWriter#body} writes, for the document only. */
    @Schema(description = "Ошибка: код HTTP, заголовок и замечания на русском")
    record ApiErrorBody(
            @Schema(example = "422", requiredMode = Schema.RequiredMode.REQUIRED)
            int status,

            @Schema(example = "Данные не приняты", requiredMode = Schema.RequiredMode.REQUIRED)
            String title,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<ApiErrorWriter.ApiError> errors) {}
}
