package ru.nastavnik.publishing.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes these people's names from a free text (a protocol's decisions), in every form the documents engine would
 * print them — full, with initials, in each case — so that a draft names nobody the curator did not choose to name.
 */
final class NameHiding {

    private NameHiding() {}

    static String hide(String text, Collection<String> names) {
        if (text == null || text.isBlank() || names.isEmpty()) {
            return text;
        }
        List<String> forms = names.stream()
                .flatMap(n -> Stream.concat(Stream.of(n.strip()), TypedNames.forms(n).stream()))
                .filter(f -> f.length() > 2)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        String hidden = text;
        for (String form : forms) {
            hidden = hidden.replace(form, NamedPerson.HIDDEN_NAME);
        }
        return hidden;
    }
}
