package ru.nastavnik.people.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.DefaultContent;
import tools.jackson.core.type.TypeReference;

/**
 * A column of a staff file. The first header is what the export writes, so that an exported file imports
 * back unchanged; the others are what schools' own lists tend to call the column. The headers are content, in
 * {@code defaults/people/staff-columns.json}, so that a name schools use is added without touching the code.
 */
public enum StaffField {
    LAST_NAME("lastName"),
    FIRST_NAME("firstName"),
    MIDDLE_NAME("middleName"),
    FULL_NAME(null),
    GENDER("gender"),
    BIRTH_DATE("birthDate"),
    PERSONNEL_NUMBER("personnelNumber"),
    POSITIONS("positions"),
    SUBJECTS("subjects"),
    TOTAL_EXPERIENCE("totalExperienceYears"),
    TEACHING_EXPERIENCE("teachingExperienceYears"),
    QUALIFICATION_CATEGORY("qualificationCategory"),
    EDUCATION("education"),
    HIRED_ON("hiredOn"),
    EMPLOYMENT_CONTRACT_NUMBER("employmentContractNumber"),
    EMPLOYMENT_CONTRACT_DATE("employmentContractDate"),
    EMAIL("email"),
    PHONE("phone"),
    LEFT_ON("leftOn"),
    LEAVING_REASON("leavingReason"),
    LEAVING_COMMENT("leavingComment");

    private final String property;

    StaffField(String property) {
        this.property = property;
    }

    /** The {@link StaffData} property this column fills; the full-name column fills three. */
    public String property() {
        return property;
    }

    public String header() {
        return headers().get(0);
    }

    public String messageKey() {
        return "staff.field." + name();
    }

    /**
     * Export order: every field but the combined full name, which the separate name columns replace, and the
     * leaving columns (the export lists the current staff, who have not left).
     */
    public static List<StaffField> exported() {
        return java.util.Arrays.stream(values())
                .filter(f -> f != FULL_NAME && !f.leaving())
                .toList();
    }

    /** One of the optional columns of a person who left: date, reason, comment. */
    public boolean leaving() {
        return this == LEFT_ON || this == LEAVING_REASON || this == LEAVING_COMMENT;
    }

    /** A field by its name ({@code HIRED_ON}) or property ({@code hiredOn}), as API clients write it. */
    public static StaffField parse(String name) {
        for (StaffField field : values()) {
            if (field.name().equalsIgnoreCase(name) || name.equals(field.property())) {
                return field;
            }
        }
        throw ru.nastavnik.shared.InvalidInputException.of("mapping", "import.mapping.unknownField", name);
    }

    /** The field a header names, if any: «Дата рождения (дд.мм.гггг)» names the birth date. */
    static java.util.Optional<StaffField> named(String header) {
        return java.util.Arrays.stream(values())
                .filter(f -> f.matchesHeader(header))
                .findFirst();
    }

    /** The field whose {@link StaffData} property a rule names; the name parts when only the full name is read. */
    static java.util.Optional<StaffField> ofProperty(String property) {
        return java.util.Arrays.stream(values())
                .filter(f -> property.equals(f.property()))
                .findFirst();
    }

    boolean matchesHeader(String header) {
        String normal = normalise(header);
        return headers().stream().anyMatch(h -> normalise(h).equals(normal));
    }

    static String normalise(String header) {
        // what is in brackets explains the column («(дд.мм.гггг)», «(полностью)»), it does not name it
        return header == null
                ? ""
                : header.replaceAll("\\([^)]*\\)", " ")
                        .toLowerCase(Locale.ROOT)
                        .replace('ё', 'е')
                        .replaceAll("[\\s.,:;№#*_\"«»()/-]+", "");
    }

    private List<String> headers() {
        return Headers.ALL.get(name());
    }

    /** Read when first asked for, not while the constants are being made. */
    private static final class Headers {

        static final Map<String, List<String>> ALL = Map.copyOf(DefaultContent.read(
                "defaults/people/staff-columns.json", new TypeReference<Map<String, List<String>>>() {}));
    }
}
