package ru.nastavnik.mentorship;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.web.Dates;

/**
 * The names the pairs' documents are downloaded under: «Приказ № 12 от 03.12.2026 о закреплении наставнических пар
 * (групп).docx», «Программа наставничества — Соловьёва Вера Павловна.pdf». A slash (common in order numbers,
 * «12/1-о») would be read as a folder, so it becomes a hyphen.
 */
final class DocumentFileNames {

    /** Room for two or three full names; a longer list is cut short so that the name stays readable. */
    private static final int MAX_NAMES = 80;

    private DocumentFileNames() {}

    static String order(OrderView order, String extension) {
        String heading = order.title().isEmpty()
                ? ""
                : " " + order.title().substring(0, 1).toLowerCase(Locale.ROOT)
                        + order.title().substring(1);
        String name = order.number() == null || order.orderDate() == null
                ? "Проект приказа" + heading
                : "Приказ № " + order.number() + " от " + Dates.DATE.format(order.orderDate()) + heading;
        return clean(name) + "." + extension;
    }

    /** «Приложение № 1 — Положение о системе наставничества …», without the extension. */
    static String appendix(int number, String title) {
        return clean("Приложение № " + number + " — " + title);
    }

    /** The extension of a stored file's type (its content was checked when it was stored). */
    static String extension(String contentType) {
        return java.util.Arrays.stream(ru.nastavnik.documents.FileType.values())
                .filter(t -> t.contentType().equals(contentType))
                .map(ru.nastavnik.documents.FileType::extension)
                .findFirst()
                .orElse("pdf");
    }

    static String agreement(StaffData mentor) {
        return clean("Дополнительное соглашение о наставничестве — " + mentor.fullName()) + ".docx";
    }

    static String programme(List<StaffData> mentees, String extension) {
        return clean("Программа наставничества — " + names(mentees)) + "." + extension;
    }

    private static String names(List<StaffData> people) {
        List<String> names = people.stream()
                .filter(Objects::nonNull)
                .map(StaffData::fullName)
                .toList();
        String all = String.join(", ", names);
        if (names.isEmpty()) {
            return "наставляемый";
        }
        return all.length() <= MAX_NAMES ? all : names.get(0) + " и ещё " + (names.size() - 1);
    }

    private static String clean(String name) {
        return name.replace('/', '-')
                .replace('\\', '-')
                .chars()
                .filter(c -> c >= ' ')
                .mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining());
    }
}
