package ru.nastavnik.organisation.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.PageRequest;
import ru.nastavnik.shared.web.ApiPage;

/** The API's search of an organisation's users (the organisation itself stays a parameter of its own). */
record UserListQuery(
        @Parameter(description = UserApiController.LOGIN) String q,

        @Parameter(description = ApiPage.PAGE) @Schema(defaultValue = "0")
        Integer page,

        @Parameter(description = ApiPage.SIZE) @Schema(defaultValue = ApiPage.DEFAULT_SIZE)
        Integer size) {

    UserListQuery {
        page = page == null ? 0 : page;
        size = size == null ? Integer.valueOf(ApiPage.DEFAULT_SIZE) : size;
    }

    PageRequest asked() {
        return ApiPage.asked(page, size);
    }
}
