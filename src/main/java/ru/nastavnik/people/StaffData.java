package ru.nastavnik.people;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import ru.nastavnik.shared.Gender;

/**
 * The facts a school keeps about a member of its teaching staff, as entered on the card, sent to the API
 * or read from an imported row. Checked by {@code internal.StaffRules}; a {@code null} means "not given".
 */
public record StaffData(
        String lastName,
        String firstName,
        String middleName,
        Gender gender,
        LocalDate birthDate,
        String personnelNumber,
        List<String> positions,
        List<String> subjects,
        Integer totalExperienceYears,
        Integer teachingExperienceYears,
        QualificationCategory qualificationCategory,
        String education,
        LocalDate hiredOn,
        String email,
        String phone,
        String employmentContractNumber,
        LocalDate employmentContractDate,
        LocalDate leftOn,
        LeavingReason leavingReason,
        String leavingComment) {

    private static final Pattern NUMBER_SIGN = Pattern.compile("^№\\s*");

    public StaffData {
        lastName = clean(lastName);
        firstName = clean(firstName);
        middleName = clean(middleName);
        personnelNumber = clean(personnelNumber);
        education = clean(education);
        email = clean(email);
        phone = clean(phone);
        employmentContractNumber = number(employmentContractNumber);
        leavingComment = clean(leavingComment);
        positions = cleanList(positions);
        subjects = cleanList(subjects);
    }

    /** The facts of a person still at work (no leaving date). */
    public StaffData(
            String lastName,
            String firstName,
            String middleName,
            Gender gender,
            LocalDate birthDate,
            String personnelNumber,
            List<String> positions,
            List<String> subjects,
            Integer totalExperienceYears,
            Integer teachingExperienceYears,
            QualificationCategory qualificationCategory,
            String education,
            LocalDate hiredOn,
            String email,
            String phone,
            String employmentContractNumber,
            LocalDate employmentContractDate) {
        this(
                lastName,
                firstName,
                middleName,
                gender,
                birthDate,
                personnelNumber,
                positions,
                subjects,
                totalExperienceYears,
                teachingExperienceYears,
                qualificationCategory,
                education,
                hiredOn,
                email,
                phone,
                employmentContractNumber,
                employmentContractDate,
                null,
                null,
                null);
    }

    /** The facts without the employment contract, as callers that do not know it write them. */
    public StaffData(
            String lastName,
            String firstName,
            String middleName,
            Gender gender,
            LocalDate birthDate,
            String personnelNumber,
            List<String> positions,
            List<String> subjects,
            Integer totalExperienceYears,
            Integer teachingExperienceYears,
            QualificationCategory qualificationCategory,
            String education,
            LocalDate hiredOn,
            String email,
            String phone) {
        this(
                lastName,
                firstName,
                middleName,
                gender,
                birthDate,
                personnelNumber,
                positions,
                subjects,
                totalExperienceYears,
                teachingExperienceYears,
                qualificationCategory,
                education,
                hiredOn,
                email,
                phone,
                null,
                null);
    }

    public String fullName() {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    /**
     * The name as a list to choose from shows it: with the first position and the subjects, which tell namesakes
     * apart («Иванова Мария Петровна — учитель (математика, физика)»); two «Иванова Мария Петровна» of one school were
     * the same line in the lists a curator invites from.
     */
    public String nameToChoose() {
        String what = occupation();
        return what.isEmpty() ? fullName() : fullName() + " — " + what;
    }

    /**
     * What she does, as {@link #nameToChoose()} tells namesakes apart by it: the first position and the subjects,
     * «учитель (математика, физика)»; empty when neither is known.
     */
    public String occupation() {
        String position = positions == null || positions.isEmpty() ? "" : positions.get(0);
        String taught = subjects == null || subjects.isEmpty() ? "" : "(" + String.join(", ", subjects) + ")";
        return (position + " " + taught).strip();
    }

    /** Fields present in {@code update} replace ours; absent ones keep what we have (an import never erases). */
    public StaffData overlay(StaffData update) {
        return new StaffData(
                pick(update.lastName, lastName),
                pick(update.firstName, firstName),
                pick(update.middleName, middleName),
                pick(update.gender, gender),
                pick(update.birthDate, birthDate),
                pick(update.personnelNumber, personnelNumber),
                update.positions.isEmpty() ? positions : update.positions,
                update.subjects.isEmpty() ? subjects : update.subjects,
                pick(update.totalExperienceYears, totalExperienceYears),
                pick(update.teachingExperienceYears, teachingExperienceYears),
                pick(update.qualificationCategory, qualificationCategory),
                pick(update.education, education),
                pick(update.hiredOn, hiredOn),
                pick(update.email, email),
                pick(update.phone, phone),
                pick(update.employmentContractNumber, employmentContractNumber),
                pick(update.employmentContractDate, employmentContractDate),
                pick(update.leftOn, leftOn),
                pick(update.leavingReason, leavingReason),
                pick(update.leavingComment, leavingComment));
    }

    /** Whether the person has left (a leaving date is recorded). */
    public boolean left() {
        return leftOn != null;
    }

    private static <T> T pick(T update, T current) {
        return update != null ? update : current;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        // every stored record passes here whenever it is read (a page of fifty people: five hundred fields), so the
        // regular expression runs only where it changes something, and telling that takes no regular expression: a
        // search by one was an eighth of the processor time of a curator's pages
        return needsCollapsing(stripped) ? WHITESPACE.matcher(stripped).replaceAll(" ") : stripped;
    }

    /**
     * Whether {@code \s+ → " "} changes the text: two spaces in a row, or any other of what {@code \s} matches (tab,
     * line feed, vertical tab, form feed, carriage return: U+0009–U+000D).
     */
    private static boolean needsCollapsing(String text) {
        if (text.contains("  ")) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\t' && c <= '\r') {
                return true;
            }
        }
        return false;
    }

    /** «№ 15» is typed as often as «15»; documents print the sign themselves («от 01.09.2019 № 15»). */
    private static String number(String value) {
        String cleaned = clean(value);
        return cleaned == null || !cleaned.startsWith("№")
                ? cleaned
                : clean(NUMBER_SIGN.matcher(cleaned).replaceFirst(""));
    }

    private static List<String> cleanList(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .map(StaffData::clean)
                .filter(v -> v != null)
                .distinct()
                .toList();
    }
}
