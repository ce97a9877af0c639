package ru.nastavnik.publishing.internal;

import java.util.List;

/** One page of a public list: its items, which page (from 1), how many pages and items there are in all. */
public record Paged<T>(List<T> items, int page, int pages, long total) {

    public Paged {
        items = List.copyOf(items);
    }

    static <T> Paged<T> of(List<T> items, long total, int page, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Paged<>(items, page, pages, total);
    }

    /** The highest page number an address may ask for: 200,000 items, more than any section holds. */
    public static final int MAX_PAGE = 10_000;

    /**
     * A page number from the address: none is the first page; anything but a whole number from 1 to {@link #MAX_PAGE}
     * is refused ({@link BadPageNumber}, a 400 with a Russian message) rather than read as some other page.
     */
    public static int number(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        String text = page.strip();
        if (!text.matches("\\d{1,6}")) {
            throw new BadPageNumber(text);
        }
        int n = Integer.parseInt(text);
        if (n < 1 || n > MAX_PAGE) {
            throw new BadPageNumber(text);
        }
        return n;
    }

    /** A page number that is not a whole number from 1 to {@link #MAX_PAGE}; {@code given} is what the address held. */
    public static final class BadPageNumber extends RuntimeException {

        private final String given;

        BadPageNumber(String given) {
            super("bad page number");
            this.given = given.length() > 20 ? given.substring(0, 20) + "…" : given;
        }

        public String given() {
            return given;
        }
    }

    /** Page {@code page} of a list read whole (a section's shown documents: a few a school). */
    static <T> Paged<T> slice(List<T> all, int page, int size) {
        int from = Math.min(all.size(), offset(page, size));
        return of(all.subList(from, Math.min(all.size(), from + size)), all.size(), page, size);
    }

    static int offset(int page, int size) {
        return (Math.max(1, page) - 1) * size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** The page before this one; from beyond the last, the last. */
    public int previous() {
        return Math.min(page - 1, pages);
    }

    public boolean hasNext() {
        return page < pages;
    }
}
