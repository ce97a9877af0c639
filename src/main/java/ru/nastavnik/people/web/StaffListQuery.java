package ru.nastavnik.people.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffQuery;
import ru.nastavnik.shared.web.ApiPage;

/** The API's query of the staff list: words, category, the archived or the left, and the page. */
record StaffListQuery(
        String q,
        QualificationCategory category,
        @Schema(defaultValue = "false") Boolean archived,

        @Parameter(description = "только уволенные (с датой увольнения)") @Schema(defaultValue = "false")
        Boolean left,

        @Parameter(description = ApiPage.PAGE) @Schema(defaultValue = "0")
        Integer page,

        @Parameter(description = ApiPage.SIZE) @Schema(defaultValue = ApiPage.DEFAULT_SIZE)
        Integer size) {

    StaffListQuery {
        archived = Boolean.TRUE.equals(archived);
        left = Boolean.TRUE.equals(left);
        page = page == null ? 0 : page;
        size = size == null ? Integer.valueOf(ApiPage.DEFAULT_SIZE) : size;
    }

    /** The page is checked first: a number or size no list has is refused naming it. */
    StaffQuery query() {
        ApiPage.asked(page, size);
        return new StaffQuery(q, category, archived, left, page, size);
    }
}
