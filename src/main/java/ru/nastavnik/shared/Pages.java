package ru.nastavnik.shared;

import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * Lists a module reads whole (they stay small: a school's pairs, programmes, consents) are still shown and audited a
 * page at a time: the read recorded is of the people on the page, not of the whole list.
 */
public final class Pages {

    private Pages() {}

    /** The page asked for out of the whole list; unpaged, the whole list. */
    public static <T> Page<T> cut(List<T> all, Pageable asked) {
        if (asked.isUnpaged()) {
            return new PageImpl<>(all);
        }
        int from = (int) Math.min(all.size(), asked.getOffset());
        return new PageImpl<>(
                List.copyOf(all.subList(from, Math.min(all.size(), from + asked.getPageSize()))), asked, all.size());
    }

    /** Whether a name matches a list's search: blank matches everything, otherwise a part of it, case aside. */
    public static boolean named(String q, String fullName) {
        return q == null
                || q.isBlank()
                || (fullName != null
                        && fullName.toLowerCase(Locale.ROOT).contains(q.strip().toLowerCase(Locale.ROOT)));
    }
}
