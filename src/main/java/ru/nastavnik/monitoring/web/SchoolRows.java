package ru.nastavnik.monitoring.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;
import ru.nastavnik.monitoring.internal.IndicatorLine;
import ru.nastavnik.monitoring.internal.IndicatorTable;
import ru.nastavnik.shared.Pages;

/**
 * The rows of an area's table of schools a page at a time, filtered by a part of the school's name: a region has a
 * thousand schools by ~50 indicators, which no one reads on one screen and which took most of the page's time to
 * render (docs/scale.md §5). The totals above the table stay those of the whole area; the XLSX has every row.
 */
record SchoolRows(Page<IndicatorTable.Row> page, String filter, String base, List<IndicatorLine> columns) {

    static final int SIZE = 50;

    /**
     * The page {@code number} (from 0; past the last: the last) of the rows whose name holds {@code filter}, in the
     * table's order; {@code base}: the page's address with its period, sort and filter, for the pager to append to.
     */
    static SchoolRows of(IndicatorTable table, String filter, int number, String sort, boolean desc) {
        String q = filter == null || filter.isBlank() ? null : filter.strip();
        List<IndicatorTable.Row> matching = q == null
                ? table.rows()
                : table.rows().stream().filter(r -> Pages.named(q, r.name())).toList();
        int last = Math.max(0, (matching.size() - 1) / SIZE);
        Page<IndicatorTable.Row> page = Pages.cut(matching, PageRequest.of(Math.min(Math.max(0, number), last), SIZE));
        String base = UriComponentsBuilder.fromPath("")
                        .queryParam("organisation", table.organisation())
                        .queryParam("from", table.period().from())
                        .queryParam("to", table.period().to())
                        .queryParamIfPresent(
                                "sort", java.util.Optional.ofNullable(sort).filter(s -> !s.isBlank()))
                        .queryParam("desc", desc)
                        .queryParamIfPresent("q", java.util.Optional.ofNullable(q))
                        .encode()
                        .build()
                        .toUriString()
                + "&";
        // the columns chosen once, not tested in the template for each of the page's cells
        List<IndicatorLine> columns = table.lines().stream()
                .filter(l -> l.whole() && l.indicator().computed())
                .toList();
        return new SchoolRows(page, q == null ? "" : q, base, columns);
    }

    /** The first and the last row shown, counted from 1. */
    public long firstShown() {
        return page.isEmpty() ? 0 : page.getPageable().getOffset() + 1;
    }

    public long lastShown() {
        return page.getPageable().getOffset() + page.getNumberOfElements();
    }
}
