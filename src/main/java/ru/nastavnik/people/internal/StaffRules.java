package ru.nastavnik.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.InvalidInputException.Problem;

/** The one place that says what a valid staff record is: the card, the API and the import all ask here. */
final class StaffRules {

    private static final Pattern NAME =
            Pattern.compile("[\\p{IsCyrillic}\\p{IsLatin}][\\p{IsCyrillic}\\p{IsLatin} .'’-]*");
    /** «М.», «М.П.», «Е.В», «И. С.»: initials, as accounting exports write names. */
    private static final Pattern INITIALS = Pattern.compile("\\p{L}\\.?|(?:\\p{L}\\.\\s*)+\\p{L}?\\.?");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9()\\s-]{5,30}");
    private static final LocalDate EARLIEST = LocalDate.of(1920, 1, 1);
    /** No one teaching today signed a contract before this; an earlier date is a typo (1019 for 2019). */
    static final LocalDate EARLIEST_CONTRACT = LocalDate.of(1950, 1, 1);

    static final int MAX_CONTRACT_NUMBER = 50;
    /** A teacher holds a few posts and teaches a few subjects; thousands are a mistake or an attack. */
    static final int MAX_POSITIONS = 10;

    static final int MAX_SUBJECTS = 20;

    private StaffRules() {}

    public static List<Problem> check(StaffData data, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        name(problems, "lastName", data.lastName(), true);
        name(problems, "firstName", data.firstName(), true);
        name(problems, "middleName", data.middleName(), false);
        initials(problems, "firstName", data.firstName());
        initials(problems, "middleName", data.middleName());
        if (data.gender() == null) {
            problems.add(Problem.field("gender", "staff.gender.required"));
        }
        if (data.birthDate() != null) {
            if (data.birthDate().isBefore(EARLIEST) || data.birthDate().isAfter(today.minusYears(14))) {
                problems.add(Problem.field("birthDate", "staff.birthDate.range"));
            }
        }
        if (data.hiredOn() != null
                && (data.hiredOn().isBefore(EARLIEST) || data.hiredOn().isAfter(today.plusYears(1)))) {
            problems.add(Problem.field("hiredOn", "staff.hiredOn.range"));
        }
        if (data.hiredOn() != null
                && data.birthDate() != null
                && !data.hiredOn().isAfter(data.birthDate().plusYears(14))) {
            problems.add(Problem.field("hiredOn", "staff.hiredOn.beforeBirth"));
        }
        years(problems, "totalExperienceYears", data.totalExperienceYears());
        years(problems, "teachingExperienceYears", data.teachingExperienceYears());
        if (data.totalExperienceYears() != null
                && data.teachingExperienceYears() != null
                && data.teachingExperienceYears() > data.totalExperienceYears()) {
            problems.add(Problem.field("teachingExperienceYears", "staff.experience.teachingOverTotal"));
        }
        if (data.positions().isEmpty()) {
            problems.add(Problem.field("positions", "staff.positions.required"));
        }
        length(problems, "positions", data.positions(), 200);
        length(problems, "subjects", data.subjects(), 200);
        count(problems, "positions", data.positions(), MAX_POSITIONS);
        count(problems, "subjects", data.subjects(), MAX_SUBJECTS);
        if (data.education() != null && data.education().length() > 1000) {
            problems.add(Problem.field("education", "staff.education.tooLong"));
        }
        if (data.personnelNumber() != null && data.personnelNumber().length() > 50) {
            problems.add(Problem.field("personnelNumber", "staff.personnelNumber.tooLong"));
        }
        contract(problems, data, today);
        LeavingRules.check(problems, data, today);
        if (data.email() != null
                && (data.email().length() > 320 || !EMAIL.matcher(data.email()).matches())) {
            problems.add(Problem.field("email", "staff.email.invalid"));
        }
        if (data.phone() != null && !PHONE.matcher(data.phone()).matches()) {
            problems.add(Problem.field("phone", "staff.phone.invalid"));
        }
        return problems;
    }

    private static void contract(List<Problem> problems, StaffData data, LocalDate today) {
        if (data.employmentContractNumber() != null
                && data.employmentContractNumber().length() > MAX_CONTRACT_NUMBER) {
            problems.add(Problem.field(
                    "employmentContractNumber", "staff.employmentContractNumber.tooLong", MAX_CONTRACT_NUMBER));
        }
        LocalDate signed = data.employmentContractDate();
        if (signed != null && signed.isAfter(today)) {
            problems.add(Problem.field("employmentContractDate", "staff.employmentContractDate.future"));
        }
        if (signed != null && signed.isBefore(EARLIEST_CONTRACT)) {
            problems.add(Problem.field("employmentContractDate", "staff.employmentContractDate.tooEarly"));
        }
    }

    private static void name(List<Problem> problems, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(Problem.field(field, "staff." + field + ".required"));
            }
        } else if (value.length() > 100) {
            problems.add(Problem.field(field, "staff.name.tooLong"));
        } else if (!NAME.matcher(value).matches()) {
            problems.add(Problem.field(field, "staff.name.invalid"));
        } else if (mixedScript(value)) {
            String word = mixedWord(value);
            problems.add(Problem.field(field, "staff.name.mixedScript", word, latinLetters(word)));
        }
    }

    /** A given name and a patronymic decline in orders and consents («Ивановой Марии Петровны»); initials do not. */
    private static void initials(List<Problem> problems, String field, String value) {
        if (value != null && INITIALS.matcher(value.strip()).matches()) {
            problems.add(Problem.field(field, "staff.name.initials"));
        }
    }

    /**
     * A word with both Cyrillic and Latin letters is a look-alike (a Latin «a» typed into «Иванова»): it reads the
     * same but is not the same name, and it defeated duplicate detection.
     */
    /** The first word of the name with letters of both alphabets. */
    static String mixedWord(String name) {
        for (String word : name.split("[ .'’-]+")) {
            if (mixedScript(word)) {
                return word;
            }
        }
        return name;
    }

    /** The Latin letters of a word, each once, «o», «a» — the keys a Russian keyboard layout shares. */
    static String latinLetters(String word) {
        return word.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .distinct()
                .mapToObj(c -> "«" + Character.toString(c) + "»")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static boolean mixedScript(String name) {
        for (String word : name.split("[ .'’-]+")) {
            boolean cyrillic =
                    word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
            boolean latin =
                    word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
            if (cyrillic && latin) {
                return true;
            }
        }
        return false;
    }

    private static void years(List<Problem> problems, String field, Integer value) {
        if (value != null && (value < 0 || value > 80)) {
            problems.add(Problem.field(field, "staff.experience.range"));
        }
    }

    private static void count(List<Problem> problems, String field, List<String> values, int max) {
        if (values.size() > max) {
            problems.add(Problem.field(field, "staff.list.tooMany", max));
        }
    }

    private static void length(List<Problem> problems, String field, List<String> values, int max) {
        if (values.stream().anyMatch(v -> v.length() > max)) {
            problems.add(Problem.field(field, "staff.list.tooLong", max));
        }
    }
}
