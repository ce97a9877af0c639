package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.web.Dates;

/**
 * The phrases the pairs' documents put into their fields, from the message bundle ({@code mentorship.document.*}):
 * a roadmap activity's deadline «до 30.09.2026», an order's end reason with the employer's notice «… (уведомление от
 * 01.09.2026)», an agreement's payment «в размере …». Arguments are passed as text, so a number gets no group
 * separator and a date is printed as {@link Dates#DATE} prints it.
 */
final class DocumentPhrases {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private DocumentPhrases() {}

    static String deadline(LocalDate deadline, MessageSource messages) {
        return text(messages, "mentorship.document.deadline", Dates.DATE.format(deadline));
    }

    /** «15.04.2027 (досрочно)»: the completion order's date of a programme completed before its term. */
    /** «приложения № 1–3 к приказу; …»: the programmes an order approves, one appendix per row of its table. */
    static String appendices(int count, MessageSource messages) {
        return count == 1
                ? text(messages, "mentorship.document.appendix.one")
                : text(messages, "mentorship.document.appendix.many", Integer.toString(count));
    }

    static String early(LocalDate completedOn, MessageSource messages) {
        return text(messages, "mentorship.document.completedEarly", Dates.DATE.format(completedOn));
    }

    static String reasonWithNotice(String reason, LocalDate noticeOn, MessageSource messages) {
        return text(messages, "mentorship.document.reasonWithNotice", reason, Dates.DATE.format(noticeOn));
    }

    /**
     * {@code amount}: the organisation's free-text setting, e.g. «10 % ставки» (a blank when it has none). A setting
     * that names its own period («… за каждого наставляемого ежемесячно», «… в месяц») is printed without the
     * sentence's «ежемесячно», which the agreement would otherwise say twice.
     */
    static String payment(Object amount, MessageSource messages) {
        String text = String.valueOf(amount);
        return text(
                messages,
                namesAPeriod(text, messages)
                        ? "mentorship.document.paymentWithItsPeriod"
                        : "mentorship.document.payment",
                text);
    }

    /** The words by which a payment names its own period: a regular expression, a message key. */
    private static boolean namesAPeriod(String text, MessageSource messages) {
        return java.util.regex.Pattern.compile(
                        text(messages, "mentorship.document.paymentPeriods"),
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                .matcher(text)
                .find();
    }

    /**
     * «наставляемому» / «наставляемым» for the agreement's «оказание помощи … совместно с …»: the word agrees with the
     * mentees — one woman, one man, or several.
     */
    static java.util.Map<String, String> mentee(int count, boolean female, MessageSource messages) {
        String form = count > 1 ? "several" : female ? "female" : "male";
        return java.util.Map.of(
                "dative", text(messages, "mentorship.document.mentee.dative." + form),
                "instrumental", text(messages, "mentorship.document.mentee.instrumental." + form));
    }

    /**
     * The position as an order or its familiarisation sheet prints it: with the subjects and the personnel number
     * when another person of the same full name is among those the document may name ({@link #sharedNames}), so
     * that two «Иванова Мария Петровна, учитель» can be told apart by whoever signs against the name (review of
     * session 20).
     */
    static String position(StaffData person, java.util.Set<String> sharedNames, MessageSource messages) {
        String position = ru.nastavnik.documents.PhraseDeclension.inText(person.positions());
        if (!sharedNames.contains(person.fullName())) {
            return position;
        }
        StringBuilder told = new StringBuilder(position);
        if (!person.subjects().isEmpty()) {
            told.append(told.isEmpty() ? "" : " ")
                    .append("(")
                    .append(String.join(", ", person.subjects()))
                    .append(")");
        }
        if (person.personnelNumber() != null && !person.personnelNumber().isBlank()) {
            told.append(told.isEmpty() ? "" : ", ")
                    .append(text(messages, "mentorship.document.personnelNumber", person.personnelNumber()));
        }
        return told.toString();
    }

    /** The full names two or more of {@code people} share (counted once, for a staff of any size). */
    static java.util.Set<String> sharedNames(java.util.Collection<StaffData> people) {
        java.util.Map<String, Long> counts = people.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        StaffData::fullName, java.util.stream.Collectors.counting()));
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String text(MessageSource messages, String key, String... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }
}
