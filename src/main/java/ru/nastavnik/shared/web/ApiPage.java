package ru.nastavnik.shared.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * One page of an API list, the same shape for every list: the entries, the page number (from 0), its size, and how
 * many entries and pages there are in all. A school's lists grow with it (a thousand mentors were one 1.4 MB
 * answer), so none is answered whole.
 */
public record ApiPage<T>(List<T> content, long totalElements, int page, int size, int totalPages) {

    public static final String DEFAULT_SIZE = "50";
    public static final int MAX_SIZE = 200;
    public static final String PAGE = "Номер страницы, с 0";
    public static final String SIZE = "Записей на странице, от 1 до 200 (по умолчанию 50)";
    public static final String NAME = "Поиск по ФИО: часть фамилии, имени или отчества, без учёта регистра";

    /** The page asked for; a negative number or a size outside 1–200 is refused with a 400 naming the parameter. */
    public static PageRequest asked(int page, int size) {
        if (page < 0) {
            throw new BadPage("page", "error.badRequest.pageNumber");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadPage("size", "error.badRequest.pageSize");
        }
        return PageRequest.of(page, size);
    }

    public static <T> ApiPage<T> of(Page<T> page) {
        return new ApiPage<>(
                page.getContent(), page.getTotalElements(), page.getNumber(), page.getSize(), page.getTotalPages());
    }

    public <R> ApiPage<R> map(Function<T, R> mapping) {
        return new ApiPage<>(content.stream().map(mapping).toList(), totalElements, page, size, totalPages);
    }

    /** A page number or size no list has: answered 400 with the parameter's name and a Russian message. */
    public static final class BadPage extends RuntimeException {

        private final String parameter;
        private final String messageKey;

        BadPage(String parameter, String messageKey) {
            super(parameter + ": " + messageKey);
            this.parameter = parameter;
            this.messageKey = messageKey;
        }

        String parameter() {
            return parameter;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
