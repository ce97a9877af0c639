package ru.nastavnik.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.internal.tabular.Row;
import ru.nastavnik.shared.InvalidInputException.Problem;

/**
 * Every row of a file judged against the registry, the other rows and the curator's choices: what would be
 * created, updated or left as it is, and what is wrong. A row the curator left out is only reported; a row that
 * repeats an earlier one exactly is a warning and stored once; a row of the same person with other values is an
 * error until the curator corrects it, leaves it out or merges it into the earlier row.
 */
final class ImportPlan {

    final Map<UUID, Person> existing = new HashMap<>();
    final List<StaffData> creates = new ArrayList<>();
    final Map<UUID, StaffData> updates = new LinkedHashMap<>();
    final List<Problem> errors = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();
    final List<LeftOutRow> leftOut = new ArrayList<>();
    final Map<Integer, RowReview> review = new LinkedHashMap<>();
    int unchanged;
    int errorCount;

    private final StaffRowParser parser;
    private final ImportChoices choices;
    private final Set<Integer> touched;
    private final boolean restrictedToo;
    private final LocalDate today;
    private final StaffMatcher matcher = new StaffMatcher();
    private final Map<String, Integer> seenNew = new HashMap<>();
    private final Map<UUID, Integer> seenExisting = new HashMap<>();
    /** The first row of each person as parsed, to tell an exact repeat from a conflicting one. */
    private final Map<Integer, StaffData> firstParsed = new HashMap<>();

    private final Map<Integer, Accepted> accepted = new LinkedHashMap<>();

    ImportPlan(
            List<Person> registry,
            StaffRowParser parser,
            ImportChoices choices,
            boolean restrictedToo,
            LocalDate today) {
        this.parser = parser;
        this.choices = choices;
        this.touched = choices.touchedRows();
        this.restrictedToo = restrictedToo;
        this.today = today;
        for (Person person : registry) {
            existing.put(person.id().value(), person);
            matcher.add(person.id().value(), person.data());
        }
    }

    void add(Row row) {
        int number = row.number();
        StaffRowParser.Parsed parsed = parser.parse(number, row.cells());
        // a line that looks like a totals or signature line but reads as a whole person («директор | Морозова Татьяна
        // Викторовна» in a list of two columns) is a person
        if (!touched.contains(number)
                && FooterRow.is(row.cells())
                && !(parsed.problems().isEmpty()
                        && StaffRules.check(parsed.data(), today).isEmpty())) {
            leftOut.add(
                    new LeftOutRow(number, row.cells(), List.of(Problem.cell(number, null, "import.leftOut.footer"))));
            return;
        }
        if (choices.skips(number)) {
            List<Problem> reasons = new ArrayList<>();
            reasons.add(Problem.cell(number, null, "import.leftOut.skipped"));
            reasons.addAll(parsed.problems());
            if (parsed.problems().isEmpty()) {
                StaffRules.check(parsed.data(), today).forEach(p -> reasons.add(parser.cellProblem(number, p)));
            }
            leftOut.add(new LeftOutRow(number, row.cells(), reasons));
            review(row, List.of(), parsed.badFields(), null);
            return;
        }
        Verdict verdict = judge(parsed);
        verdict.problems().forEach(this::error);
        if (verdict.problems().isEmpty() && choices.mergeOf(number).isPresent()) {
            leftOut.add(new LeftOutRow(
                    number,
                    row.cells(),
                    List.of(Problem.cell(
                            number,
                            null,
                            "import.leftOut.merged",
                            choices.mergeOf(number).get()))));
        }
        if (!verdict.problems().isEmpty() || touched.contains(number) || verdict.duplicateOf() != null) {
            review(row, verdict.problems(), verdict.badFields(), verdict.duplicateOf());
        }
    }

    void error(Problem problem) {
        errorCount++;
        if (errors.size() < StaffImport.MAX_LISTED_ERRORS) {
            errors.add(problem);
        }
    }

    /** Sorts the accepted rows into creates, updates and unchanged records. */
    ImportPlan finish() {
        for (Accepted row : accepted.values()) {
            if (row.match == null) {
                creates.add(row.data);
            } else if (row.data.equals(existing.get(row.match).data())) {
                unchanged++;
            } else {
                updates.put(row.match, row.data);
            }
        }
        return this;
    }

    private Verdict judge(StaffRowParser.Parsed parsed) {
        int number = parsed.row();
        if (!parsed.problems().isEmpty()) {
            return Verdict.of(parsed.problems(), parsed.badFields());
        }
        Optional<UUID> match;
        try {
            match = matcher.match(parsed.data());
        } catch (IllegalStateException e) {
            return Verdict.of(Problem.cell(number, null, e.getMessage()));
        }
        // A record whose processing stopped is not for this caller to see or change (a withdrawn consent).
        if (match.isPresent() && existing.get(match.get()).restricted() && !restrictedToo) {
            return Verdict.of(Problem.cell(number, null, "import.row.restricted"));
        }
        StaffData data =
                match.map(id -> existing.get(id).data().overlay(parsed.data())).orElse(parsed.data());
        Integer earlier = match.isPresent()
                ? seenExisting.putIfAbsent(match.get(), number)
                : firstSeen(StaffMatcher.identities(data), number);
        if (earlier != null) {
            return repeated(parsed, earlier);
        }
        firstParsed.put(number, parsed.data());
        if (choices.mergeOf(number).isPresent()) {
            return Verdict.of(Problem.cell(
                    number,
                    null,
                    "import.row.mergeNotDuplicate",
                    choices.mergeOf(number).get()));
        }
        Verdict broken = broken(number, data);
        if (broken == null) {
            accepted.put(number, new Accepted(match.orElse(null), data));
            return Verdict.OK;
        }
        return broken;
    }

    /** The same person a second time: stored once when nothing differs, merged when the curator says so. */
    private Verdict repeated(StaffRowParser.Parsed parsed, int earlier) {
        int number = parsed.row();
        if (parsed.data().equals(firstParsed.get(earlier))
                && choices.mergeOf(number).isEmpty()) {
            warnings.add(Problem.cell(number, null, "import.row.repeated", earlier));
            return Verdict.OK;
        }
        if (!choices.mergeOf(number).equals(Optional.of(earlier))) {
            return new Verdict(
                    List.of(Problem.cell(number, null, "import.row.duplicate", earlier)),
                    EnumSet.noneOf(StaffField.class),
                    earlier);
        }
        Accepted target = accepted.get(earlier);
        if (target == null) {
            return Verdict.of(Problem.cell(number, null, "import.row.mergeIntoRejected", earlier));
        }
        // the earlier row's values win; this row only fills what the earlier one left empty
        StaffData merged = parsed.data().overlay(target.data);
        Verdict broken = broken(number, merged);
        if (broken != null) {
            return broken;
        }
        target.data = merged;
        firstSeen(StaffMatcher.identities(merged), earlier);
        return Verdict.OK;
    }

    private Verdict broken(int number, StaffData data) {
        List<Problem> rules = StaffRules.check(data, today);
        if (rules.isEmpty()) {
            return null;
        }
        Set<StaffField> fields = EnumSet.noneOf(StaffField.class);
        rules.forEach(p -> fields.add(parser.sourceOf(p.field())));
        return Verdict.of(rules.stream().map(p -> parser.cellProblem(number, p)).toList(), fields);
    }

    private Integer firstSeen(List<String> keys, int row) {
        Integer earlier = null;
        for (String key : keys) {
            Integer previous = seenNew.putIfAbsent(key, row);
            earlier = earlier == null ? previous : earlier;
        }
        return earlier;
    }

    private void review(Row row, List<Problem> problems, Set<StaffField> badFields, Integer duplicateOf) {
        if (review.size() < StaffImport.MAX_LISTED_ERRORS) {
            int number = row.number();
            review.put(
                    number,
                    new RowReview(
                            number,
                            parser.values(number, row.cells(), badFields, true),
                            parser.values(number, row.cells(), badFields, false),
                            problems,
                            badFields,
                            choices.skips(number),
                            duplicateOf,
                            choices.mergeOf(number).orElse(null)));
        }
    }

    private static final class Accepted {
        final UUID match;
        StaffData data;

        Accepted(UUID match, StaffData data) {
            this.match = match;
            this.data = data;
        }
    }

    private record Verdict(List<Problem> problems, Set<StaffField> badFields, Integer duplicateOf) {

        static final Verdict OK = new Verdict(List.of(), Set.of(), null);

        static Verdict of(Problem problem) {
            return new Verdict(List.of(problem), Set.of(), null);
        }

        static Verdict of(List<Problem> problems, Set<StaffField> badFields) {
            return new Verdict(problems, badFields, null);
        }
    }
}
