package ru.nastavnik.mentorship.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.web.Dates;

/**
 * The names the pairs' documents are downloaded under: «Приказ № 12 от 03.12.2026 о закреплении наставнических пар
 * (групп).docx», «Программа наставничества — Соловьёва Вера Павловна.pdf». A slash (common in order numbers,
 * «12/1-о») would be read as a folder, so it becomes a hyphen. The wording is in the message bundle
 * ({@code mentorship.file.*}).
 */
final class DocumentFileNames {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** Room for two or three full names; a longer list is cut short so that the name stays readable. */
    private static final int MAX_NAMES = 80;

    private DocumentFileNames() {}

    static String order(OrderView order, String extension, MessageSource messages) {
        String heading = order.title().isEmpty()
                ? ""
                : " " + order.title().substring(0, 1).toLowerCase(Locale.ROOT)
                        + order.title().substring(1);
        String name = order.number() == null || order.orderDate() == null
                ? text(messages, "mentorship.file.orderDraft", heading)
                : text(
                        messages,
                        "mentorship.file.order",
                        order.number(),
                        Dates.DATE.format(order.orderDate()),
                        heading);
        return clean(name) + "." + extension;
    }

    /** «Приложение № 1 — Положение о системе наставничества …», without the extension. */
    static String appendix(int number, String title, MessageSource messages) {
        return clean(text(messages, "mentorship.file.appendix", Integer.toString(number), title));
    }

    /** The extension of a stored file's type (its content was checked when it was stored). */
    static String extension(String contentType) {
        return java.util.Arrays.stream(ru.nastavnik.documents.FileType.values())
                .filter(t -> t.contentType().equals(contentType))
                .map(ru.nastavnik.documents.FileType::extension)
                .findFirst()
                .orElse("pdf");
    }

    static String agreement(StaffData mentor, MessageSource messages) {
        return clean(text(messages, "mentorship.file.agreement", mentor.fullName())) + ".docx";
    }

    static String programme(List<StaffData> mentees, String extension, MessageSource messages) {
        return clean(text(messages, "mentorship.file.programme", names(mentees, messages))) + "." + extension;
    }

    private static String names(List<StaffData> people, MessageSource messages) {
        List<String> names = people.stream()
                .filter(Objects::nonNull)
                .map(StaffData::fullName)
                .toList();
        String all = String.join(", ", names);
        if (names.isEmpty()) {
            return text(messages, "mentorship.file.menteeUnnamed");
        }
        return all.length() <= MAX_NAMES
                ? all
                : text(messages, "mentorship.file.namesMore", names.get(0), Integer.toString(names.size() - 1));
    }

    /** Arguments are text: a number formatted by the bundle would get a group separator. */
    private static String text(MessageSource messages, String key, String... args) {
        return messages.getMessage(key, args, RUSSIAN);
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
