package ru.nastavnik.organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.nastavnik.shared.InvalidInputException.Problem;

/**
 * An organisation's own forms of the phrases the declension rules get wrong (its full name, a position): one
 * phrase a line, its six case forms in the order of the cases — «педагог-организатор; педагога-организатора;
 * педагогу-организатору; педагога-организатора; педагогом-организатором; педагоге-организаторе».
 */
public final class DeclensionOverrides {

    static final int CASES = 6;
    private static final int MAX_LENGTH = 20_000;

    private DeclensionOverrides() {}

    /** The forms by the phrase's nominative, lower-cased with single spaces (how the documents look it up). */
    public static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        if (text == null) {
            return forms;
        }
        for (String line : text.split("\\R")) {
            List<String> cases = forms(line);
            if (cases.size() == CASES) {
                forms.put(key(cases.get(0)), cases);
            }
        }
        return forms;
    }

    public static String key(String phrase) {
        return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static List<Problem> problems(String text) {
        List<Problem> problems = new ArrayList<>();
        if (text == null) {
            return problems;
        }
        if (text.length() > MAX_LENGTH) {
            problems.add(Problem.field("declensionOverrides", "organisation.declensionOverrides.tooLong", MAX_LENGTH));
            return problems;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            List<String> cases = forms(lines[i]);
            if (!lines[i].isBlank() && (cases.size() != CASES || cases.stream().anyMatch(String::isEmpty))) {
                problems.add(Problem.field(
                        "declensionOverrides", "organisation.declensionOverrides.invalid", i + 1, cases.size()));
            }
        }
        return problems;
    }

    private static List<String> forms(String line) {
        if (line.isBlank()) {
            return List.of();
        }
        return Arrays.stream(line.split(";", -1))
                .map(f -> f.strip().replaceAll("\\s+", " "))
                .toList();
    }
}
