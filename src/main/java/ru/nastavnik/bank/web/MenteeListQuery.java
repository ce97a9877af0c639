package ru.nastavnik.bank.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.PageRequest;
import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.shared.web.ApiPage;

/** The API's query of the mentee bank: its filters and the page, each an optional query parameter. */
record MenteeListQuery(
        String need,
        MenteeCategory category,
        @Parameter(description = ApiPage.NAME) String q,

        @Parameter(description = BankApiController.INCLUDE_LEFT) @Schema(defaultValue = "false")
        Boolean includeLeft,

        @Parameter(description = ApiPage.PAGE) @Schema(defaultValue = "0")
        Integer page,

        @Parameter(description = ApiPage.SIZE) @Schema(defaultValue = ApiPage.DEFAULT_SIZE)
        Integer size) {

    MenteeListQuery {
        includeLeft = Boolean.TRUE.equals(includeLeft);
        page = page == null ? 0 : page;
        size = size == null ? Integer.valueOf(ApiPage.DEFAULT_SIZE) : size;
    }

    PageRequest asked() {
        return ApiPage.asked(page, size);
    }

    BankFilter filter() {
        return new BankFilter(need, null, category, null, null, q, includeLeft);
    }
}
