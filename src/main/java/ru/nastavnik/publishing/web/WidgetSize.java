package ru.nastavnik.publishing.web;

/** How many news the widget shows: 5 unless asked, never fewer than 1 nor more than 20 (a frame is small). */
final class WidgetSize {

    static final int DEFAULT = 5;
    static final int MAX = 20;

    private WidgetSize() {}

    static int of(Integer asked) {
        return asked == null ? DEFAULT : Math.max(1, Math.min(MAX, asked));
    }
}
