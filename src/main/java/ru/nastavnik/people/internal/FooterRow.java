package ru.nastavnik.people.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A line below or between a list's people that is not a person: «Итого: 54 человека», «Всего по начальной школе»,
 * «Директор школы ________ Т. В. Морозова». Such a line fills one or two cells; a person's row fills more (a name
 * and a position at least, usually a number too), so a row of three cells or more is never taken for one.
 */
final class FooterRow {

    private static final Pattern FOOTER = Pattern.compile(
            "(?:итого|всего|директор|руководитель|исполнитель|составил|ответственный|м\\.\\s?п\\.)(?![а-яё]).*"
                    + "|.*_{3,}.*",
            Pattern.DOTALL);

    private FooterRow() {}

    static boolean is(List<String> cells) {
        List<String> filled = cells.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(String::strip)
                .toList();
        return !filled.isEmpty()
                && filled.size() <= 2
                && FOOTER.matcher(filled.get(0).toLowerCase(Locale.ROOT)).matches();
    }
}
