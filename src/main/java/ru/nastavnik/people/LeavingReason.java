package ru.nastavnik.people;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Why a person left, as schools write it in the dismissal order (the grounds of Labour Code art. 77, grouped as
 * staff lists keep them). The Russian wording is read back from imported files and written into a pair's end.
 */
public enum LeavingReason {
    OWN_WISH("по собственному желанию", "собственное желание", "по с/ж", "ст. 80 тк рф"),
    TRANSFER("перевод в другую организацию", "перевод к другому работодателю", "перевод"),
    RETIREMENT("выход на пенсию", "на пенсию", "пенсия", "уход на пенсию"),
    FIXED_TERM_END("истечение срочного трудового договора", "истечение срока трудового договора",
            "окончание срочного трудового договора", "истечение срока договора", "ст. 79 тк рф"),
    EMPLOYER_INITIATIVE("по инициативе работодателя", "инициатива работодателя", "ст. 81 тк рф"),
    OTHER("иное", "другое", "прочее");

    private final String wording;
    private final List<String> aliases;

    LeavingReason(String wording, String... aliases) {
        this.wording = wording;
        this.aliases = List.of(aliases);
    }

    /** As a dismissal order writes it: «по собственному желанию». */
    public String wording() {
        return wording;
    }

    public String messageKey() {
        return "staffRetention.reason." + name();
    }

    /** A cell or a value as typed: the wording, a common variant or the code; else an IllegalArgumentException. */
    static LeavingReason parse(String text) {
        String normal = normalise(text);
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(text.strip()) || normalise(r.wording).equals(normal)
                        || r.aliases.stream().anyMatch(a -> normalise(a).equals(normal)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("staffRetention.import.reasonUnknown"));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s.,;:«»\"()-]+", " ").strip();
    }
}
