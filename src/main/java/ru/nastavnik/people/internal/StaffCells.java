package ru.nastavnik.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.nastavnik.people.LeavingReason;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.shared.Gender;

/**
 * Reads one cell of a school's staff file the way a person would: «15 лет», «высшая», «Ж», «01.09.2010».
 * Each method returns null for an empty cell and throws {@link IllegalArgumentException} with a message key
 * for a cell it cannot read.
 */
final class StaffCells {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Pattern YEARS =
            Pattern.compile("(\\d{1,2})(?:[.,]\\d+)?\\s*(?:г\\.?|л\\.?|лет|год|года)?(?:\\s.*)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** «01.09.2015 г.», «01.09.2015г», «01.09.2015 года»: the year's word schools add after a date. */
    private static final Pattern YEAR_WORD = Pattern.compile("\\s*(?:г\\.?|года?\\.?)$");

    private StaffCells() {}

    static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    /**
     * A name as documents print it: «СМИРНОВА» or «смирнова», as some registers export names, becomes «Смирнова»
     * (a name written in capitals matched the stored one and overwrote it with capitals); a name with its own mix of
     * cases («Мак-Кинли», «ДеЛонг») is kept as written.
     */
    static String name(String cell) {
        String value = text(cell);
        if (value == null
                || !(value.equals(value.toUpperCase(Locale.ROOT)) || value.equals(value.toLowerCase(Locale.ROOT)))) {
            return value;
        }
        StringBuilder name = new StringBuilder(value.length());
        for (String word : value.toLowerCase(Locale.ROOT).split("(?<=[\\s'’-])")) {
            name.append(NameGender.isParticle(word.strip()) ? word : capitalised(word));
        }
        return name.toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    static Gender gender(String cell) {
        String value = lower(cell);
        if (value == null) {
            return null;
        }
        return switch (value.replace(".", "")) {
            case "м", "муж", "мужской", "m", "male", "мужчина" -> Gender.MALE;
            case "ж", "жен", "женский", "f", "female", "женщина" -> Gender.FEMALE;
            default -> throw new IllegalArgumentException("import.cell.gender");
        };
    }

    static LocalDate date(String cell) {
        String value = text(cell);
        if (value == null) {
            return null;
        }
        value = YEAR_WORD.matcher(value).replaceFirst("");
        for (DateTimeFormatter format : DATES) {
            LocalDate date;
            try {
                date = LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next form schools write dates in
                continue;
            }
            // «31.12.+999999999» reads as a date whose arithmetic (an age at hiring) overflows: no school means it
            if (date.getYear() < 1 || date.getYear() > 9999) {
                throw new IllegalArgumentException("import.cell.date");
            }
            return date;
        }
        // A date cell without a date format reaches us as Excel's day number.
        if (value.matches("\\d{4,5}")) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(value));
        }
        // written as a date, but no such day («31.02.2010»): the format is right, the day is not
        if (value.matches("(0?[1-9]|[12]\\d|3[01])[./-](0?[1-9]|1[0-2])[./-]\\d{4}")) {
            throw new IllegalArgumentException("import.cell.noSuchDate");
        }
        throw new IllegalArgumentException("import.cell.date");
    }

    static Integer years(String cell) {
        String value = lower(cell);
        if (value == null) {
            return null;
        }
        Matcher matcher = YEARS.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("import.cell.years");
        }
        return Integer.valueOf(matcher.group(1));
    }

    static LeavingReason reason(String cell) {
        return cell == null || cell.isBlank() ? null : LeavingReason.parse(cell);
    }

    static QualificationCategory category(String cell) {
        String value = lower(cell);
        if (value == null) {
            return null;
        }
        // «б/к», «1 кв. кат.», «высш. категория»: abbreviations as school lists write them
        String v = value.replace('ё', 'е').replaceAll("[\\s.]", "");
        if (v.contains("методист")) {
            return QualificationCategory.METHODIST;
        }
        if (v.contains("наставник")) {
            return QualificationCategory.MENTOR;
        }
        if (v.startsWith("высш") || v.equals("вкк") || v.equals("в")) {
            return QualificationCategory.HIGHEST;
        }
        if (v.startsWith("перв")
                || v.equals("i")
                || v.matches("1(?:кк|к|кв|кат|категория|квкат|квалификационнаякатегория)?")) {
            return QualificationCategory.FIRST;
        }
        if (v.startsWith("соотв") || v.equals("сзд")) {
            return QualificationCategory.CONFORMITY;
        }
        if (v.startsWith("без")
                || v.startsWith("неимеет")
                || v.matches("нет(?:категории)?|б[/\\\\]?к(?:ат|атегории)?|бкк|-|—|–")) {
            return QualificationCategory.NONE;
        }
        throw new IllegalArgumentException("import.cell.category");
    }

    static List<String> list(String cell) {
        String value = text(cell);
        return value == null ? List.of() : Arrays.asList(value.split("\\s*[,;\\n]\\s*"));
    }

    /** «Иванова Мария Петровна», «Алиев Рашид Гусейн оглы»: surname, name, and the rest is the patronymic. */
    static String[] fullName(String cell) {
        String value = name(cell);
        if (value == null) {
            return new String[3];
        }
        String[] parts = value.split("\\s+", 3);
        if (parts.length < 2) {
            throw new IllegalArgumentException("import.cell.fullName");
        }
        return new String[] {parts[0], parts[1], parts.length == 3 ? parts[2] : null};
    }

    private static String lower(String cell) {
        String value = text(cell);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
