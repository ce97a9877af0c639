package ru.nastavnik.bank.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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
        Integer size)
        implements BankListQuery {

    @Override
    public BankFilter filter(boolean left) {
        return new BankFilter(need, null, category, null, null, q, left);
    }
}
