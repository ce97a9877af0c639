package ru.nastavnik.publishing.internal;

import java.util.Set;
import java.util.regex.Pattern;
import ru.nastavnik.shared.InvalidInputException;

/**
 * The readable part of a public address, {@code /o/{slug}/nastavnichestvo}: Latin lower-case letters, digits and
 * single hyphens, 3 to 40 characters; words the application uses for its own addresses are reserved.
 */
record Slug(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Set<String> RESERVED = Set.of(
            "admin",
            "api",
            "login",
            "logout",
            "o",
            "public",
            "static",
            "css",
            "js",
            "webjars",
            "error",
            "feeds",
            "region",
            "municipality",
            "nastavnichestvo",
            "publishing",
            "www");

    public Slug {
        value = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.isEmpty()) {
            throw InvalidInputException.of("slug", "publishing.slug.required");
        }
        if (value.length() < 3 || value.length() > 40) {
            throw InvalidInputException.of("slug", "publishing.slug.length");
        }
        if (!FORM.matcher(value).matches()) {
            throw InvalidInputException.of("slug", "publishing.slug.form");
        }
        if (RESERVED.contains(value)) {
            throw InvalidInputException.of("slug", "publishing.slug.reserved");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
