package ru.nastavnik.people;

import java.util.List;
import java.util.Locale;

/**
 * A column of a staff file. The first header is what the export writes, so that an exported file imports
 * back unchanged; the others are what schools' own lists tend to call the column.
 */
public enum StaffField {
    LAST_NAME("lastName", "Фамилия"),
    FIRST_NAME("firstName", "Имя"),
    MIDDLE_NAME("middleName", "Отчество"),
    FULL_NAME(null, "ФИО", "Ф.И.О.", "Фамилия Имя Отчество", "Фамилия, имя, отчество", "Ф И О", "Сотрудник", "Педагог"),
    GENDER("gender", "Пол"),
    BIRTH_DATE("birthDate", "Дата рождения", "Д.р.", "Дата рожд."),
    PERSONNEL_NUMBER("personnelNumber", "Табельный номер", "Таб. номер", "Таб. №", "Табельный №"),
    POSITIONS("positions", "Должность", "Должности", "Занимаемая должность"),
    SUBJECTS("subjects", "Предметы", "Преподаваемые предметы", "Предмет", "Преподаваемый предмет", "Преподаваемые дисциплины"),
    TOTAL_EXPERIENCE("totalExperienceYears", "Общий стаж", "Стаж общий", "Общий стаж, лет"),
    TEACHING_EXPERIENCE("teachingExperienceYears", "Педагогический стаж", "Стаж педагогический", "Пед. стаж", "Педстаж", "Педагогический стаж, лет"),
    QUALIFICATION_CATEGORY("qualificationCategory", "Квалификационная категория", "Категория", "Кв. категория"),
    EDUCATION("education", "Образование", "Уровень образования"),
    HIRED_ON("hiredOn", "Дата приёма", "Дата приема", "Дата приёма на работу", "Дата приема на работу", "Принят"),
    EMAIL("email", "Эл. почта", "Email", "E-mail", "Электронная почта", "Адрес электронной почты", "Почта"),
    PHONE("phone", "Телефон", "Тел.", "Контактный телефон", "Мобильный телефон");

    private final String property;
    private final List<String> headers;

    StaffField(String property, String... headers) {
        this.property = property;
        this.headers = List.of(headers);
    }

    /** The {@link StaffData} property this column fills; the full-name column fills three. */
    public String property() {
        return property;
    }

    public String header() {
        return headers.get(0);
    }

    public String messageKey() {
        return "staff.field." + name();
    }

    /** Export order: every field but the combined full name, which the separate name columns replace. */
    public static List<StaffField> exported() {
        return java.util.Arrays.stream(values()).filter(f -> f != FULL_NAME).toList();
    }

    boolean matchesHeader(String header) {
        String normal = normalise(header);
        return headers.stream().anyMatch(h -> normalise(h).equals(normal));
    }

    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[\\s.,:;№#*_\"«»()-]+", "");
    }
}
