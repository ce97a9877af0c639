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
    FULL_NAME(null, "ФИО", "Ф.И.О.", "Фамилия Имя Отчество", "Фамилия, имя, отчество", "Ф И О", "Сотрудник", "Педагог",
            "ФИО педагога", "ФИО работника", "ФИО сотрудника", "ФИО педагогического работника",
            "Фамилия, имя, отчество работника", "Фамилия, имя, отчество педагога", "Работник"),
    GENDER("gender", "Пол"),
    BIRTH_DATE("birthDate", "Дата рождения", "Д.р.", "Дата рожд.", "Число, месяц, год рождения"),
    PERSONNEL_NUMBER("personnelNumber", "Табельный номер", "Таб. номер", "Таб. №", "Табельный №", "Таб.н."),
    POSITIONS("positions", "Должность", "Должности", "Занимаемая должность", "Наименование должности",
            "Должность по штатному расписанию", "Занимаемая должность (должности)"),
    SUBJECTS("subjects", "Предметы", "Преподаваемые предметы", "Предмет", "Преподаваемый предмет", "Преподаваемые дисциплины",
            "Преподаваемые учебные предметы", "Преподаваемые учебные предметы, курсы, дисциплины", "Учебные предметы"),
    TOTAL_EXPERIENCE("totalExperienceYears", "Общий стаж", "Стаж общий", "Общий стаж, лет", "Общий стаж работы",
            "Стаж работы общий", "Общий трудовой стаж", "Стаж работы"),
    TEACHING_EXPERIENCE("teachingExperienceYears", "Педагогический стаж", "Стаж педагогический", "Пед. стаж", "Педстаж",
            "Педагогический стаж, лет", "Стаж педагогической работы", "Педагогический стаж работы",
            "Стаж работы по специальности", "Стаж по специальности"),
    QUALIFICATION_CATEGORY("qualificationCategory", "Квалификационная категория", "Категория", "Кв. категория",
            "Кв. кат.", "Квалиф. категория", "Категория квалификационная"),
    EDUCATION("education", "Образование", "Уровень образования"),
    HIRED_ON("hiredOn", "Дата приёма", "Дата приема", "Дата приёма на работу", "Дата приема на работу", "Принят",
            "Дата поступления на работу", "Дата трудоустройства", "Дата приёма в ОО", "Дата приема в ОО"),
    EMPLOYMENT_CONTRACT_NUMBER("employmentContractNumber", "Номер трудового договора", "№ трудового договора",
            "Трудовой договор №", "Трудовой договор, номер", "Номер трудового договора (контракта)", "Номер ТД", "№ ТД",
            "Номер договора", "№ договора", "Номер эффективного контракта", "№ эффективного контракта"),
    EMPLOYMENT_CONTRACT_DATE("employmentContractDate", "Дата трудового договора", "Дата заключения трудового договора",
            "Трудовой договор от", "Трудовой договор, дата", "Дата ТД", "Дата заключения ТД", "Дата договора",
            "Дата заключения договора", "Дата эффективного контракта", "Дата заключения эффективного контракта"),
    EMAIL("email", "Эл. почта", "Email", "E-mail", "Электронная почта", "Адрес электронной почты", "Почта",
            "Адрес эл. почты"),
    PHONE("phone", "Телефон", "Тел.", "Контактный телефон", "Мобильный телефон", "Номер телефона", "Моб. телефон",
            "Сотовый телефон"),
    LEFT_ON("leftOn", "Дата увольнения", "Уволен", "Уволена", "Дата увольнения с работы", "Дата прекращения трудового договора",
            "Дата расторжения трудового договора"),
    LEAVING_REASON("leavingReason", "Причина увольнения", "Основание увольнения", "Причина ухода"),
    LEAVING_COMMENT("leavingComment", "Комментарий к увольнению", "Примечание к увольнению");

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

    /**
     * Export order: every field but the combined full name, which the separate name columns replace, and the
     * leaving columns (the export lists the current staff, who have not left).
     */
    public static List<StaffField> exported() {
        return java.util.Arrays.stream(values()).filter(f -> f != FULL_NAME && !f.leaving()).toList();
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
        return java.util.Arrays.stream(values()).filter(f -> f.matchesHeader(header)).findFirst();
    }

    /** The field whose {@link StaffData} property a rule names; the name parts when only the full name is read. */
    static java.util.Optional<StaffField> ofProperty(String property) {
        return java.util.Arrays.stream(values()).filter(f -> property.equals(f.property())).findFirst();
    }

    boolean matchesHeader(String header) {
        String normal = normalise(header);
        return headers.stream().anyMatch(h -> normalise(h).equals(normal));
    }

    static String normalise(String header) {
        // what is in brackets explains the column («(дд.мм.гггг)», «(полностью)»), it does not name it
        return header == null ? "" : header.replaceAll("\\([^)]*\\)", " ").toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[\\s.,:;№#*_\"«»()/-]+", "");
    }
}
