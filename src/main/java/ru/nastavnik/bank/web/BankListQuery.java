package ru.nastavnik.bank.web;

import java.util.function.BiFunction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.shared.web.ApiPage;

/**
 * What the API's queries of the mentee and the mentor bank share: whether the left are listed too, and the page — each
 * an optional query parameter, read the same way for both lists (a record's own components are its filters).
 */
interface BankListQuery {

    Boolean includeLeft();

    Integer page();

    Integer size();

    /** The bank's filter from the query's own parameters; {@code left}: the left are listed too. */
    BankFilter filter(boolean left);

    /**
     * One page of the bank: the page asked checked first (a 400 naming the parameter), then the current entries — or,
     * with {@code includeLeft}, the current and the left as one list cut to the page.
     */
    default <T> ApiPage<T> answer(
            BiFunction<BankFilter, PageRequest, Page<T>> withLeft,
            BiFunction<BankFilter, PageRequest, Page<T>> current) {
        PageRequest asked = ApiPage.asked(
                page() == null ? 0 : page(), size() == null ? Integer.parseInt(ApiPage.DEFAULT_SIZE) : size());
        boolean left = Boolean.TRUE.equals(includeLeft());
        return ApiPage.of((left ? withLeft : current).apply(filter(left), asked));
    }
}
