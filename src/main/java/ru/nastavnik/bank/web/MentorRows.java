package ru.nastavnik.bank.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.shared.web.PageTexts;

/**
 * The mentor bank's rows as the page shows them: each cell's text and link worked out once here, not by a message
 * lookup, a link expression or a condition per cell in the template (issue 20: a page of fifty mentors rendered
 * some six hundred expressions). The texts are escaped by the template as before; the links carry the context path
 * as {@code @{…}} gave them (a person's and an organisation's id need no encoding).
 *
 * <p>Public, with its rows, only because SpEL compiles a method call on a public type alone (otherwise each cell's
 * expression stays interpreted: {@code MentorBankExpressionsCompileTests}). The template calls a row
 * {@code mentorRow}, not {@code e} as the leavers' table below does with {@code MentorView}: Thymeleaf caches one
 * compiled expression per text, and {@code e.personId()} met with two types would be compiled anew at each change.
 */
public record MentorRows(List<Row> rows) {

    /** {@code trainedOn}: « с 01.09.2026» after the status, or null when no date is recorded. */
    public record Row(
            String personId,
            String selectLabel,
            String staffHref,
            String fullName,
            String subjects,
            List<String> competences,
            String free,
            String training,
            String trainedOn,
            String sharedBank,
            String editHref) {}

    static MentorRows of(
            List<MentorView> entries,
            Map<String, String> topicTitles,
            MessageSource messages,
            Locale locale,
            String contextPath,
            OrganisationId organisation) {
        PageTexts texts = new PageTexts(messages, locale);
        String yes = texts.text("common.yes");
        String no = texts.text("common.no");
        return new MentorRows(entries.stream()
                .map(e -> new Row(
                        e.personId().toString(),
                        texts.text("bank.batch.selectPerson", e.profile().fullName()),
                        contextPath + "/people/staff/" + e.personId(),
                        e.profile().fullName(),
                        e.profile().subjects() == null
                                ? null
                                : String.join(", ", e.profile().subjects()),
                        e.competences() == null
                                ? List.of()
                                : e.competences().stream()
                                        .map(c -> topicTitles.getOrDefault(c, c))
                                        .toList(),
                        texts.text("bank.freeOf", e.freePlaces(), e.capacity()),
                        texts.text(e.trainingStatus().messageKey()),
                        e.trainedOn() == null
                                ? null
                                : " " + texts.text("bank.training.on", Dates.DATE.format(e.trainedOn())),
                        e.sharedBank() ? yes : no,
                        contextPath + "/bank/mentors/" + e.personId() + "/edit?organisation=" + organisation))
                .toList());
    }
}
