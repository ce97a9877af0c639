package ru.nastavnik.consent.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.PageRequest;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentStatus;
import ru.nastavnik.shared.web.ApiPage;

/** The API's query of an organisation's consents: purpose, status or one teacher, and the page. */
record ConsentListQuery(
        ConsentPurpose purpose,
        ConsentStatus status,
        String personId,

        @Parameter(description = ApiPage.PAGE) @Schema(defaultValue = "0")
        Integer page,

        @Parameter(description = ApiPage.SIZE) @Schema(defaultValue = ApiPage.DEFAULT_SIZE)
        Integer size) {

    ConsentListQuery {
        page = page == null ? 0 : page;
        size = size == null ? Integer.valueOf(ApiPage.DEFAULT_SIZE) : size;
    }

    PageRequest asked() {
        return ApiPage.asked(page, size);
    }

    boolean ofOnePerson() {
        return personId != null && !personId.isBlank();
    }
}
