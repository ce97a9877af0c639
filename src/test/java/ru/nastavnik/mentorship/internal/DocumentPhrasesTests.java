package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.web.Dates;

/**
 * The three phrases of the pairs' documents that session 19 moved out of Java ({@code mentorship.document.*}) read
 * byte for byte as the Java wrote them: each expected value is the old expression, evaluated with the same values,
 * including text a message pattern would otherwise read as its own syntax (an apostrophe, braces).
 */
class DocumentPhrasesTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/module-texts");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final LocalDate day = LocalDate.of(2026, 9, 30);

    @Test
    void aRoadmapActivitysDeadlineReadsAsRoadmapTableWroteIt() {
        // RoadmapTable: "до " + Dates.DATE.format(a.deadline())
        assertThat(DocumentPhrases.deadline(day, MESSAGES)).isEqualTo("до " + Dates.DATE.format(day));
        assertThat(DocumentPhrases.deadline(day, MESSAGES)).isEqualTo("до 30.09.2026");
    }

    @Test
    void anOrdersEndReasonWithTheEmployersNoticeReadsAsOrderDocumentsWroteIt() {
        LocalDate notice = LocalDate.of(2026, 9, 1);
        for (String reason : new String[] {
            "по инициативе работодателя (ст. 351.8 ТК РФ)", "в связи с переводом 'на другую должность' {0}", ""
        }) {
            // OrderDocuments: v.endReason() + " (уведомление от " + Dates.DATE.format(v.noticeOn()) + ")"
            assertThat(DocumentPhrases.reasonWithNotice(reason, notice, MESSAGES))
                    .isEqualTo(reason + " (уведомление от " + Dates.DATE.format(notice) + ")");
        }
        assertThat(DocumentPhrases.reasonWithNotice("по инициативе работодателя", notice, MESSAGES))
                .isEqualTo("по инициативе работодателя (уведомление от 01.09.2026)");
    }

    @Test
    void anAgreementsPaymentFromTheEmployersSettingReadsAsPairDocumentsWroteIt() {
        for (Object amount : new Object[] {"10 % ставки", "1 000 руб. за 'пару' {1}", "________________"}) {
            // PairDocuments: "в размере " + DocumentModels.organisation(employer).get("mentoringPayment")
            assertThat(DocumentPhrases.payment(amount, MESSAGES)).isEqualTo("ежемесячно в размере " + amount);
        }
        // «ежемесячно»: the agreement's sentence no longer says it, as a rule's own wording ends «в месяц» (session 21)
        assertThat(DocumentPhrases.payment("5000 руб.", MESSAGES)).isEqualTo("ежемесячно в размере 5000 руб.");
    }

    /** A setting that names its period is not told «ежемесячно» a second time (a new school's review, session 33). */
    @Test
    void aPaymentSettingThatNamesItsPeriodIsNotToldItAgain() {
        assertThat(DocumentPhrases.payment(
                        "15 процентов должностного оклада за каждого наставляемого ежемесячно", MESSAGES))
                .isEqualTo("в размере 15 процентов должностного оклада за каждого наставляемого ежемесячно");
        assertThat(DocumentPhrases.payment("10 % ставки в месяц", MESSAGES)).isEqualTo("в размере 10 % ставки в месяц");
        assertThat(DocumentPhrases.payment("5 000 руб. Ежеквартально", MESSAGES))
                .isEqualTo("в размере 5 000 руб. Ежеквартально");
        assertThat(DocumentPhrases.payment("1 000 руб. в годовой премии", MESSAGES))
                .isEqualTo("ежемесячно в размере 1 000 руб. в годовой премии");
        assertThat(DocumentPhrases.payment("12 000 руб. в год", MESSAGES)).isEqualTo("в размере 12 000 руб. в год");
    }

    /** The agreement's «оказание помощи … совместно с …» agrees with the mentees: one woman, one man, several. */
    @Test
    void theAgreementsMenteeWordAgreesWithTheMentees() {
        assertThat(DocumentPhrases.mentee(1, true, MESSAGES))
                .containsEntry("dative", "наставляемой")
                .containsEntry("instrumental", "наставляемой");
        assertThat(DocumentPhrases.mentee(1, false, MESSAGES))
                .containsEntry("dative", "наставляемому")
                .containsEntry("instrumental", "наставляемым");
        assertThat(DocumentPhrases.mentee(3, true, MESSAGES))
                .containsEntry("dative", "наставляемым")
                .containsEntry("instrumental", "наставляемыми");
    }

    /** Two of one name on the staff are told apart on an order's sheet; a name of her own prints her position only. */
    @Test
    void namesakesAreToldApartByTheirSubjectsAndPersonnelNumbers() {
        StaffData maths = person("Иванова", "0123", List.of("математика"));
        StaffData history = person("Иванова", "0456", List.of("история", "обществознание"));
        StaffData unique = person("Петрова", "0789", List.of("химия"));
        java.util.Set<String> staff = DocumentPhrases.sharedNames(List.of(maths, history, unique));

        assertThat(DocumentPhrases.position(maths, staff, MESSAGES))
                .isEqualTo("учитель (математика), таб.\u00a0№\u00a00123");
        assertThat(DocumentPhrases.position(history, staff, MESSAGES))
                .isEqualTo("учитель (история, обществознание), таб.\u00a0№\u00a00456");
        assertThat(DocumentPhrases.position(unique, staff, MESSAGES)).isEqualTo("учитель");
        // without subjects or a number, what there is
        StaffData bare = person("Иванова", null, List.of());
        assertThat(DocumentPhrases.position(bare, DocumentPhrases.sharedNames(List.of(maths, bare)), MESSAGES))
                .isEqualTo("учитель");
    }

    private static StaffData person(String lastName, String number, List<String> subjects) {
        return ru.nastavnik.Fixtures.teacher(lastName, "Мария", "Петровна", number, subjects);
    }
}
