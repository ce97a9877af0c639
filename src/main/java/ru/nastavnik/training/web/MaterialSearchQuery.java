package ru.nastavnik.training.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.PageRequest;
import ru.nastavnik.shared.web.ApiPage;
import ru.nastavnik.training.MaterialAudience;
import ru.nastavnik.training.internal.MaterialQuery;

/** The API's search of the materials: words, topic, audience and the page. */
record MaterialSearchQuery(
        @Parameter(description = "Слова для поиска") String q,

        @Parameter(description = "Код темы из словаря запросов")
        String topic,

        MaterialAudience audience,

        @Parameter(description = ApiPage.PAGE) @Schema(defaultValue = "0")
        Integer page,

        @Parameter(description = ApiPage.SIZE) @Schema(defaultValue = ApiPage.DEFAULT_SIZE)
        Integer size) {

    MaterialSearchQuery {
        page = page == null ? 0 : page;
        size = size == null ? Integer.valueOf(ApiPage.DEFAULT_SIZE) : size;
    }

    MaterialQuery query() {
        return new MaterialQuery(q, topic, audience);
    }

    PageRequest asked() {
        return ApiPage.asked(page, size);
    }
}
