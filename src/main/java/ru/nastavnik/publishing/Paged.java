package ru.nastavnik.publishing;

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

    /** A page number from the address: anything that is not a number from 1 is the first page. */
    public static int number(String page) {
        try {
            int n = page == null ? 1 : Integer.parseInt(page.strip());
            return n < 1 ? 1 : Math.min(n, 100_000);
        } catch (NumberFormatException e) {
            return 1;
        }
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
