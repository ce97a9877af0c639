package ru.nastavnik.people;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.nastavnik.shared.DefaultContent;
import tools.jackson.core.type.TypeReference;

/**
 * Why a person left, as schools write it in the dismissal order (the grounds of Labour Code art. 77, grouped as
 * staff lists keep them). The Russian wording is read back from imported files and written into a pair's end.
 * The wording and its common variants are content: {@code defaults/people/leaving-reasons.json}, the wording first.
 */
public enum LeavingReason {
    OWN_WISH,
    TRANSFER,
    RETIREMENT,
    FIXED_TERM_END,
    EMPLOYER_INITIATIVE,
    OTHER;

    /** As a dismissal order writes it: «по собственному желанию». */
    public String wording() {
        return Wordings.ALL.get(name()).get(0);
    }

    public String messageKey() {
        return "staffRetention.reason." + name();
    }

    /** A cell or a value as typed: the wording, a common variant or the code; else an IllegalArgumentException. */
    public static LeavingReason parse(String text) {
        String normal = normalise(text);
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(text.strip())
                        || Wordings.ALL.get(r.name()).stream()
                                .anyMatch(a -> normalise(a).equals(normal)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("staffRetention.import.reasonUnknown"));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[\\s.,;:«»\"()-]+", " ")
                .strip();
    }

    /** Read when first asked for, not while the constants are being made. */
    private static final class Wordings {

        static final Map<String, List<String>> ALL = Map.copyOf(DefaultContent.read(
                "defaults/people/leaving-reasons.json", new TypeReference<Map<String, List<String>>>() {}));
    }
}
