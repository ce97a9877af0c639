package ru.nastavnik.monitoring.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.monitoring.internal.Figure;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/** The campaign's and the report's rules, without Spring. */
class CampaignTests {

    static final OrganisationId AREA = new OrganisationId(UUID.randomUUID());
    static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2026-05-20T10:00:00Z");

    /**
     * Her own figures: what the region asks and the system cannot know. Every indicator of the catalogue is computed
     * (PUBLICATIONS too, from the results recorded on programmes), so whatever a school types is one of these.
     */
    static final OwnFigure OWN_SHARE = new OwnFigure(
            1, "Доля педагогов, прошедших КПК по наставничеству в других организациях", Indicator.Unit.PERCENT, null);

    static final OwnFigure OWN_COUNT = new OwnFigure(2, "Количество публикаций в СМИ", Indicator.Unit.COUNT, null);

    static CampaignDetails details(LocalDate from, LocalDate to, Indicator... indicators) {
        return new CampaignDetails(
                "Мониторинг 2025/26",
                from,
                to,
                LocalDate.of(2026, 6, 1),
                "123-о",
                LocalDate.of(2026, 5, 15),
                List.of(indicators));
    }

    static CampaignDetails details(List<OwnFigure> own, Indicator... indicators) {
        return new CampaignDetails(
                "Мониторинг 2025/26",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 6, 1),
                "123-о",
                LocalDate.of(2026, 5, 15),
                List.of(indicators),
                own);
    }

    /** The catalogue's two computed figures, her own share and her own count. */
    static Campaign campaign() {
        return Campaign.open(
                AREA,
                details(
                        List.of(
                                new OwnFigure(0, OWN_SHARE.title(), Indicator.Unit.PERCENT, null),
                                new OwnFigure(0, OWN_COUNT.title(), Indicator.Unit.COUNT, null)),
                        Indicator.MENTORS,
                        Indicator.STAFF_INVOLVED),
                "Методист",
                NOW);
    }

    /** The catalogue's two computed figures and her own share only. */
    static Campaign withOwnShare() {
        return Campaign.open(
                AREA,
                details(
                        List.of(new OwnFigure(0, OWN_SHARE.title(), Indicator.Unit.PERCENT, null)),
                        Indicator.MENTORS,
                        Indicator.STAFF_INVOLVED),
                "Методист",
                NOW);
    }

    /** Her two figures as a school types them, in her order. */
    static Map<Integer, ManualFigure> typed(ManualFigure share, ManualFigure count) {
        Map<Integer, ManualFigure> own = new java.util.LinkedHashMap<>();
        own.put(1, share);
        own.put(2, count);
        return own;
    }

    static String key(InvalidInputException e) {
        return e.problems().get(0).messageKey();
    }

    @Test
    void anOrderDatedAheadOrADeadlineBeforeTheOrderOrThePeriodIsATypoAndIsRefused() {
        CampaignDetails d = details(List.of(), Indicator.MENTORS);
        assertThatThrownBy(() -> Campaign.open(
                        AREA,
                        new CampaignDetails(
                                d.title(),
                                d.from(),
                                d.to(),
                                d.deadline(),
                                "1",
                                LocalDate.of(2126, 5, 15),
                                d.indicators()),
                        "М",
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("campaigns.order.dateFuture", "campaigns.deadline.beforeOrder"));
        assertThatThrownBy(() -> Campaign.open(
                        AREA,
                        new CampaignDetails(
                                d.title(),
                                d.from(),
                                d.to(),
                                LocalDate.of(2020, 1, 1),
                                "1",
                                d.orderDate(),
                                d.indicators()),
                        "М",
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "deadline", "campaigns.deadline.beforeOrder")));
        assertThatThrownBy(() -> Campaign.open(
                        AREA,
                        new CampaignDetails(
                                d.title(),
                                LocalDate.of(2026, 5, 1),
                                LocalDate.of(2026, 12, 31),
                                LocalDate.of(2026, 4, 20),
                                "1",
                                LocalDate.of(2026, 4, 1),
                                d.indicators()),
                        "М",
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("campaigns.deadline.beforePeriod"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingTheEndDate() {
        assertThatThrownBy(() -> Campaign.open(
                        AREA,
                        details(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 31), Indicator.MENTORS),
                        "М",
                        NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("to");
                        assertThat(p.messageKey()).isEqualTo("campaigns.period.reversed");
                    });
                });
    }

    @Test
    void everyMissingDetailIsNamedAtOnce() {
        assertThatThrownBy(() ->
                        Campaign.open(AREA, new CampaignDetails(" ", null, null, null, "", null, List.of()), "М", NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly(
                                        "title", "from", "deadline", "orderNumber", "orderDate", "indicators"));
    }

    @Test
    void aReportCarriesTheSystemsFiguresAndTheTypedOnesMarkedAsTyped() {
        Campaign c = campaign();
        Submission s = Submission.pending(c.id(), SCHOOL);
        s.submit(
                c,
                Map.of(Indicator.MENTORS, Figure.count(2), Indicator.STAFF_INVOLVED, new Figure(3, 12)),
                Map.of(),
                typed(new ManualFigure(4, 5), new ManualFigure(7, 0)),
                " итог ",
                "Куратор",
                NOW);
        SubmissionView v = s.view("Школа");
        assertThat(v.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(v.comment()).isEqualTo("итог");
        // the catalogue's figures are the system's, none typed; the typed ones are her own, kept by their number
        assertThat(v.figures())
                .containsExactly(
                        new SubmittedFigure(Indicator.MENTORS, 2, 0, false),
                        new SubmittedFigure(Indicator.STAFF_INVOLVED, 3, 12, false));
        assertThat(v.own()).containsExactly(Map.entry(1, new ManualFigure(4, 5)), Map.entry(2, new ManualFigure(7, 0)));
        assertThat(c.own()).containsExactly(OWN_SHARE, OWN_COUNT);
        assertThat(v.figures().get(1).value()).isEqualByComparingTo("25.0");
        assertThat(c.own().get(0).value(v.own().get(1))).isEqualByComparingTo("80.0");
        assertThat(c.own().get(1).value(v.own().get(2))).isEqualByComparingTo("7");
    }

    @Test
    void aReportWithoutAFigureTheSystemCannotKnowIsRefusedNamingIt() {
        Campaign c = campaign();
        Submission s = Submission.pending(c.id(), SCHOOL);
        assertThatThrownBy(() -> s.submit(c, Map.of(), Map.of(), Map.of(2, new ManualFigure(1, 0)), null, "К", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("OWN_1");
                        assertThat(p.messageKey()).isEqualTo("campaigns.figure.required");
                        assertThat(p.args()).containsExactly(OWN_SHARE.title());
                    });
                });
        assertThat(s.status()).isEqualTo(SubmissionStatus.PENDING);
    }

    /** The rules of a typed figure go by its unit alone, so any share and any count of the catalogue show them. */
    @Test
    void aTypedFigureIsNeverNegativeAndAShareNeverAboveItsBase() {
        assertThatThrownBy(() -> ManualFigure.of(Indicator.MENTORS, -1L, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("campaigns.figure.negative"));
        assertThatThrownBy(() -> ManualFigure.of(Indicator.YOUNG_WITH_MENTOR, 5L, -2L))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("campaigns.figure.negative"));
        assertThatThrownBy(() -> ManualFigure.of(Indicator.YOUNG_WITH_MENTOR, 6L, 5L))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(key(e)).isEqualTo("campaigns.figure.aboveBase");
                    assertThat(e.problems().get(0).args()).contains(6L, 5L);
                });
        assertThatThrownBy(() -> ManualFigure.of(Indicator.YOUNG_WITH_MENTOR, 3L, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(key(e)).isEqualTo("campaigns.figure.baseRequired"));
        assertThat(ManualFigure.of(Indicator.YOUNG_WITH_MENTOR, 5L, 5L)).isEqualTo(new ManualFigure(5, 5));
        assertThat(ManualFigure.of(Indicator.MENTORS, 12L, 99L)).isEqualTo(new ManualFigure(12, 0));
    }

    /** Her own figure is typed under the same rules, the refusal naming it by her title. */
    @Test
    void anOwnFigureIsTypedUnderTheSameRulesNamedByItsTitle() {
        assertThatThrownBy(() -> ManualFigure.of(OWN_SHARE, 6L, 5L))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("OWN_1");
                    assertThat(key(e)).isEqualTo("campaigns.figure.aboveBase");
                    assertThat(e.problems().get(0).args()).containsExactly(OWN_SHARE.title(), 6L, 5L);
                });
        assertThatThrownBy(() -> ManualFigure.of(OWN_SHARE, -1L, 5L))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("campaigns.figure.negative"));
        assertThatThrownBy(() -> ManualFigure.of(OWN_SHARE, 1L, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(key(e)).isEqualTo("campaigns.figure.baseRequired"));
        OwnFigure publications = new OwnFigure(2, "Количество публикаций в СМИ", Indicator.Unit.COUNT, null);
        assertThat(ManualFigure.of(publications, 4L, 9L)).isEqualTo(new ManualFigure(4, 0));
        assertThat(publications.value(new ManualFigure(4, 0))).isEqualByComparingTo("4");
        assertThat(OWN_SHARE.value(new ManualFigure(1, 3))).isEqualByComparingTo("33.3");
        assertThat(OWN_SHARE.value(new ManualFigure(0, 0))).isNull();
    }

    /** Empty rows of the form are dropped, the rest numbered 1, 2, …; a row without a title is refused by its number. */
    @Test
    void ownFiguresAreNumberedInHerOrderAndEachBadRowIsNamed() {
        Campaign c = Campaign.open(
                AREA,
                details(List.of(
                        new OwnFigure(0, " Публикации в СМИ ", Indicator.Unit.COUNT, " "),
                        new OwnFigure(0, "", Indicator.Unit.COUNT, null),
                        new OwnFigure(0, "Доля КПК", Indicator.Unit.PERCENT, "вне школы"))),
                "М",
                NOW);
        assertThat(c.own())
                .containsExactly(
                        new OwnFigure(1, "Публикации в СМИ", Indicator.Unit.COUNT, null),
                        new OwnFigure(2, "Доля КПК", Indicator.Unit.PERCENT, "вне школы"));
        assertThat(c.indicators()).isEmpty();
        assertThatThrownBy(() -> Campaign.open(
                        AREA,
                        details(
                                List.of(
                                        new OwnFigure(0, " ", Indicator.Unit.COUNT, "подсказка"),
                                        new OwnFigure(0, "х".repeat(301), Indicator.Unit.PERCENT, null),
                                        new OwnFigure(0, "Средний балл", Indicator.Unit.MEAN, null)),
                                Indicator.MENTORS),
                        "М",
                        NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems())
                            .extracting(InvalidInputException.Problem::field)
                            .containsExactly("own[0].title", "own[1].title", "own[2].unit");
                    assertThat(e.problems())
                            .extracting(InvalidInputException.Problem::messageKey)
                            .containsExactly(
                                    "campaign.own.title.required",
                                    "campaign.own.title.tooLong",
                                    "campaign.own.unit.required");
                    assertThat(e.problems().get(1).args()).containsExactly(2, 300);
                });
    }

    @Test
    void ownFiguresKeepTheirNumbersAndChangeKindOrGoOnlyWhileNoSchoolHasAnsweredThem() {
        Campaign c = withOwnShare();
        // before any answer: OWN_1 reworded and made a count, OWN_2 added
        assertThat(c.revise(
                        List.of(
                                new OwnFigure(1, "Доля педагогов с КПК", Indicator.Unit.COUNT, "вне школы"),
                                new OwnFigure(0, "Публикации в СМИ", Indicator.Unit.COUNT, null)),
                        Map.of(),
                        false))
                .containsExactly("OWN_1 unit PERCENT -> COUNT", "OWN_1 reworded", "added OWN_2");
        assertThat(c.own())
                .extracting(OwnFigure::code, OwnFigure::title, OwnFigure::unit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("OWN_1", "Доля педагогов с КПК", Indicator.Unit.COUNT),
                        org.assertj.core.groups.Tuple.tuple("OWN_2", "Публикации в СМИ", Indicator.Unit.COUNT));

        // two schools typed OWN_1, one submitted: its wording still changes, its kind does not, neither goes
        Map<Integer, Long> answered = Map.of(1, 2L);
        assertThat(c.revise(
                        List.of(
                                new OwnFigure(1, "Доля педагогов, прошедших КПК", Indicator.Unit.COUNT, null),
                                new OwnFigure(2, "Публикации в СМИ", Indicator.Unit.COUNT, null)),
                        answered,
                        true))
                .containsExactly("OWN_1 reworded");
        assertThatThrownBy(() -> c.revise(
                        List.of(
                                new OwnFigure(1, "Доля", Indicator.Unit.PERCENT, null),
                                new OwnFigure(0, "Новый", Indicator.Unit.COUNT, null)),
                        answered,
                        true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems())
                            .extracting(InvalidInputException.Problem::messageKey)
                            .containsExactly("monitoringOwn.unitAnswered", "monitoringOwn.addAfterSubmission");
                    assertThat(e.problems().get(0).args()).containsExactly("Доля педагогов, прошедших КПК", 2L);
                });
        assertThatThrownBy(() -> c.revise(
                        List.of(new OwnFigure(2, "Публикации в СМИ", Indicator.Unit.COUNT, null)), answered, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(key(e)).isEqualTo("monitoringOwn.removeAnswered");
                    assertThat(e.problems().get(0).args()).containsExactly("Доля педагогов, прошедших КПК", 2L);
                });
        assertThat(c.own()).hasSize(2);
        // OWN_2, answered by nobody, goes (its row emptied); OWN_1 stays with its number
        assertThat(c.revise(
                        List.of(
                                new OwnFigure(1, "Доля педагогов, прошедших КПК", Indicator.Unit.COUNT, null),
                                new OwnFigure(2, " ", Indicator.Unit.COUNT, "")),
                        answered,
                        true))
                .containsExactly("removed OWN_2");
        assertThat(c.own()).extracting(OwnFigure::code).containsExactly("OWN_1");
        assertThatThrownBy(
                        () -> c.revise(List.of(new OwnFigure(7, "Чужой", Indicator.Unit.COUNT, null)), answered, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("monitoringOwn.unknown"));
        assertThat(c.own()).extracting(OwnFigure::title).containsExactly("Доля педагогов, прошедших КПК");

        // closed: the wording still changes, nothing else
        c.close(NOW);
        assertThat(c.revise(
                        List.of(new OwnFigure(1, "Доля педагогов, прошедших КПК (%)", Indicator.Unit.COUNT, null)),
                        Map.of(),
                        true))
                .containsExactly("OWN_1 reworded");
        assertThatThrownBy(
                        () -> c.revise(List.of(new OwnFigure(1, "Доля", Indicator.Unit.PERCENT, null)), Map.of(), true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("monitoringOwn.closed"));
        assertThat(OwnFigure.numberOf("own:2")).isEqualTo(2);
        assertThat(OwnFigure.numberOf("OWN_12")).isEqualTo(12);
        assertThat(OwnFigure.numberOf("OWN_0")).isZero();
        assertThat(OwnFigure.numberOf("MENTORS")).isZero();
    }

    @Test
    void aSubmittedReportChangesOnlyAfterTheMethodologistReturnsItWithAComment() {
        Campaign c = campaign();
        Submission s = Submission.pending(c.id(), SCHOOL);
        s.submit(c, Map.of(), Map.of(), typed(new ManualFigure(1, 2), new ManualFigure(0, 0)), null, "К", NOW);
        assertThatThrownBy(() -> s.save(c, Map.of(), typed(new ManualFigure(2, 2), new ManualFigure(0, 0)), "ещё"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(key(e)).isEqualTo("campaigns.submission.alreadySubmitted"));
        assertThatThrownBy(() -> s.giveBack(c, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(key(e)).isEqualTo("campaigns.return.commentRequired"));
        s.giveBack(c, "Проверьте долю");
        assertThat(s.view("Ш").returnComment()).isEqualTo("Проверьте долю");
        assertThat(s.remind(c, NOW)).isTrue();
        s.save(c, Map.of(), typed(new ManualFigure(2, 2), new ManualFigure(3, 0)), null);
        // the draft holds the correction; the report, as submitted, stays until submitted again
        assertThat(s.view("Ш").own())
                .containsExactly(Map.entry(1, new ManualFigure(1, 2)), Map.entry(2, new ManualFigure(0, 0)));
        assertThat(s.view("Ш").ownTyped())
                .containsExactly(Map.entry(1, new ManualFigure(2, 2)), Map.entry(2, new ManualFigure(3, 0)));
        s.submit(c, Map.of(), Map.of(), typed(new ManualFigure(2, 2), new ManualFigure(3, 0)), null, "К", NOW);
        assertThat(s.view("Ш").returnComment()).isNull();
        assertThat(s.view("Ш").own())
                .containsExactly(Map.entry(1, new ManualFigure(2, 2)), Map.entry(2, new ManualFigure(3, 0)));
        assertThat(s.view("Ш").figures()).extracting(SubmittedFigure::manual).containsOnly(false);
        assertThat(s.remind(c, NOW)).isFalse();
    }

    @Test
    void aClosedCampaignTakesNoReportAndCannotBeClosedAgain() {
        Campaign c = campaign();
        Submission s = Submission.pending(c.id(), SCHOOL);
        c.close(NOW);
        assertThatThrownBy(() -> s.submit(c, Map.of(), Map.of(), null, "К", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(key(e)).isEqualTo("campaigns.closed");
                    assertThat(e.problems().get(0).args()).containsExactly("Мониторинг 2025/26");
                });
        assertThatThrownBy(() -> s.remind(c, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> c.close(NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(s.status()).isEqualTo(SubmissionStatus.PENDING);
    }

    /** A report submitted while PUBLICATIONS was still typed by hand keeps the typed value and its mark. */
    @Test
    void figuresSurviveTheirColumnAndAnIndicatorNoLongerInTheCatalogueIsSkipped() {
        List<SubmittedFigure> figures = List.of(
                new SubmittedFigure(Indicator.MENTORS, 3, 0, false),
                new SubmittedFigure(Indicator.PUBLICATIONS, 4, 0, true));
        assertThat(SubmittedFigures.read(SubmittedFigures.write(figures))).isEqualTo(figures);
        assertThat(SubmittedFigures.read("GONE:1:0:S;MENTORS:3:0:S")).containsExactly(figures.get(0));
        Map<Integer, ManualFigure> own = new java.util.LinkedHashMap<>();
        own.put(1, new ManualFigure(4, 9));
        own.put(2, new ManualFigure(7, 0));
        assertThat(SubmittedFigures.writeOwn(own)).isEqualTo("1:4:9;2:7:0");
        assertThat(SubmittedFigures.readOwn("1:4:9;2:7:0")).isEqualTo(own);
        assertThat(SubmittedFigures.writeOwn(Map.of())).isNull();
    }
}
