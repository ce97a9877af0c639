package ru.nastavnik.consent.internal;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.nastavnik.shared.InvalidInputException;

/** The pages a curator wrote for one person, «1-2, 5», checked against the scan's page count. */
final class PageRanges {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,5})\\s*(?:[-–]\\s*(\\d{1,5})\\s*)?");

    private PageRanges() {}

    /** The pages, numbered from 1; refused when blank, unreadable, reversed or past the last page. */
    static BitSet parse(String text, int pageCount) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("pages", "consent.split.pages.required");
        }
        BitSet pages = new BitSet();
        for (String part : text.split(",")) {
            Matcher m = RANGE.matcher(part);
            if (!m.matches()) {
                throw InvalidInputException.of("pages", "consent.split.pages.invalid", text.strip());
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from < 1 || to < from) {
                throw InvalidInputException.of("pages", "consent.split.pages.invalid", text.strip());
            }
            if (to > pageCount) {
                throw InvalidInputException.of("pages", "consent.split.pages.beyond", to, pageCount);
            }
            pages.set(from, to + 1);
        }
        return pages;
    }
}
