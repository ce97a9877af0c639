package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MentorFigures;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentReads;
import ru.nastavnik.consent.ConsentStatus;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.monitoring.internal.HealthReason;
import ru.nastavnik.monitoring.internal.NewResult;
import ru.nastavnik.monitoring.internal.PairHealthBoard;
import ru.nastavnik.monitoring.internal.ProgrammeImpact;
import ru.nastavnik.monitoring.internal.ResultKind;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.programme.internal.ActivityRole;
import ru.nastavnik.programme.internal.ActivityView;
import ru.nastavnik.programme.internal.PlanItem;
import ru.nastavnik.programme.internal.ProgrammeDrafts;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A school's date rules follow its own time zone, not the UTC clock: Vladivostok (UTC+10) at 15:30 UTC is already on
 * tomorrow, Moscow (UTC+3) at 22:30 UTC too, Kaliningrad (UTC+2) at 21:30 UTC still on the UTC date. The clock is
 * fixed by each test at an hour of the fixtures' own day ({@code day}: Moscow's date when the test starts).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SchoolTodayIntegrationTests {

    @Autowired
    SettableClocks.Settable clock;

    @Autowired
    SchoolDates dates;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    ConsentReads consentReads;

    @Autowired
    ConsentCheck valid;

    @Autowired
    BankManagement banks;

    @Autowired
    BankEntries bank;

    @Autowired
    ProgrammeFixtures programmeFixtures;

    @Autowired
    Programmes programmes;

    @Autowired
    ProgrammeDrafts drafts;

    @Autowired
    ProgrammeImpact impact;

    @Autowired
    PairHealthBoard healthBoard;

    private final LocalDate day = SchoolToday.date();

    @AfterEach
    void realTimeAgain() {
        clock.set(null);
    }

    @Test
    void eachSchoolIsOnItsOwnDate() {
        OrganisationId vladivostok = school("Asia/Vladivostok");
        OrganisationId moscow = school("Europe/Moscow");
        OrganisationId kaliningrad = school("Europe/Kaliningrad");
        OrganisationId blank = school(" ");
        OrganisationId unknown = school("Asia/Nowhere");

        clock.set(at(day, 15, 30));
        assertThat(dates.today(vladivostok)).isEqualTo(day.plusDays(1));
        assertThat(dates.today(moscow)).isEqualTo(day);
        assertThat(dates.zone(vladivostok)).isEqualTo(ZoneId.of("Asia/Vladivostok"));

        clock.set(at(day.minusDays(1), 22, 30));
        assertThat(dates.today(moscow)).as("01:30 in Moscow").isEqualTo(day);
        assertThat(dates.today(blank)).as("a blank zone is Moscow's").isEqualTo(day);
        assertThat(dates.today(unknown)).as("an unknown zone is Moscow's").isEqualTo(day);
        assertThat(dates.today(new OrganisationId(UUID.randomUUID())))
                .as("an unknown organisation is Moscow's")
                .isEqualTo(day);

        clock.set(at(day.minusDays(1), 21, 30));
        assertThat(dates.today(kaliningrad)).as("23:30 in Kaliningrad").isEqualTo(day.minusDays(1));
        assertThat(dates.today(moscow)).as("00:30 in Moscow").isEqualTo(day);
        assertThat(dates.today(List.of(kaliningrad, moscow, vladivostok)))
                .containsEntry(kaliningrad, day.minusDays(1))
                .containsEntry(moscow, day)
                .containsEntry(vladivostok, day);
        var everywhere = dates.everywhere();
        assertThat(everywhere.of(kaliningrad)).isEqualTo(day.minusDays(1));
        assertThat(everywhere.of(vladivostok)).isEqualTo(day);
    }

    @Test
    void aConsentValidUntilTheSchoolsYesterdayHasExpiredAndTheNightlyJobEndsOnlyThatOne() {
        OrganisationId vladivostok = school("Asia/Vladivostok");
        OrganisationId moscow = school("Europe/Moscow");
        NastavnikPrincipal vladCurator = fixtures.user(Role.CURATOR, vladivostok);
        NastavnikPrincipal moscowCurator = fixtures.user(Role.CURATOR, moscow);
        clock.set(at(day, 5, 0));
        PersonId inVladivostok = consented(vladCurator, vladivostok, day);
        PersonId inMoscow = consented(moscowCurator, moscow, day);
        assertThat(valid.hasValid(inVladivostok, ConsentPurpose.PERSONAL_DATA))
                .as("15:00 in Vladivostok: still its last day")
                .isTrue();

        clock.set(at(day, 15, 30));
        assertThat(valid.hasValid(inVladivostok, ConsentPurpose.PERSONAL_DATA))
                .as("01:30 the next day in Vladivostok")
                .isFalse();
        assertThat(valid.hasValid(inMoscow, ConsentPurpose.PERSONAL_DATA))
                .as("18:30 in Moscow")
                .isTrue();
        assertThat(valid.withValid(List.of(inVladivostok, inMoscow), ConsentPurpose.PERSONAL_DATA))
                .isEqualTo(Set.of(inMoscow));

        consents.expireDue();
        assertThat(status(vladCurator, vladivostok, inVladivostok)).isEqualTo(ConsentStatus.EXPIRED);
        assertThat(status(moscowCurator, moscow, inMoscow)).isEqualTo(ConsentStatus.GIVEN);
    }

    @Test
    void theFiguresCountConsentsInForceOnTheSchoolsOwnDate() {
        OrganisationId vladivostok = fixtures.org(
                        "Школа во Владивостоке",
                        OrganisationKind.ORGANISATION,
                        fixtures.world().municipality())
                .id();
        zone(vladivostok, "Asia/Vladivostok");
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, vladivostok);
        clock.set(at(day, 5, 0));
        PersonId valid1 = consented(curator, vladivostok, day);
        PersonId valid2 = consented(curator, vladivostok, day.plusDays(3), "Орлова");
        PersonId none = staff.create(curator, vladivostok, Fixtures.teacher("Белова", "Анна", "Игоревна"))
                .id();
        for (PersonId mentor : List.of(valid1, valid2, none)) {
            consents.recordGiven(
                    curator,
                    vladivostok,
                    new GiveConsent(
                            mentor.toString(),
                            ConsentPurpose.MENTORING_DUTIES,
                            day.minusDays(30),
                            mentor.equals(valid1) ? day : null,
                            null));
        }
        for (PersonId mentor : List.of(valid1, valid2)) {
            banks.saveMentor(
                    curator,
                    vladivostok,
                    new MentorRequest(mentor.toString(), List.of("parents"), null, 1, List.of(), null, null, false));
        }
        assertThat(valid.countValidAmongStaff(vladivostok, ConsentPurpose.PERSONAL_DATA))
                .as("15:00 in Vladivostok: both valid, the one without none")
                .isEqualTo(2);
        assertThat(bank.mentorFigures(vladivostok))
                .as("both mentors consented to the duties on the school's 15:00; the third is not in the bank")
                .isEqualTo(new MentorFigures(2, 0, 2));

        clock.set(at(day, 15, 30));
        assertThat(valid.countValidAmongStaff(vladivostok, ConsentPurpose.PERSONAL_DATA))
                .as("01:30 the next day in Vladivostok: the first has expired")
                .isEqualTo(1);
        assertThat(bank.mentorFigures(vladivostok).withDutiesConsent())
                .as("01:30 the next day in Vladivostok: the first one's consent to the duties has expired")
                .isEqualTo(1);
    }

    @Test
    void anActivityIsOverdueByItsSchoolsDate() {
        clock.set(at(day, 6, 0));
        ProgrammeFixtures.ActivePair pair = programmeFixtures.activePair(List.of("parents"));
        UUID programme = programmes.create(pair.curator(), pair.mentorship()).id();
        drafts.addActivity(pair.curator(), programme, activity("Срок сегодня по UTC", day));
        drafts.addActivity(pair.curator(), programme, activity("Срок завтра по UTC", day.plusDays(1)));
        programmes.approve(pair.curator(), programme);
        zone(pair.school(), "Asia/Vladivostok");

        clock.set(at(day, 15, 30));
        assertThat(overdue(pair, programme, "Срок сегодня по UTC"))
                .as("due yesterday in Vladivostok")
                .isTrue();
        assertThat(overdue(pair, programme, "Срок завтра по UTC"))
                .as("due today in Vladivostok")
                .isFalse();

        zone(pair.school(), "Europe/Moscow");
        assertThat(overdue(pair, programme, "Срок сегодня по UTC"))
                .as("due today in Moscow")
                .isFalse();
    }

    @Test
    void aMoscowSchoolAfterMidnightRecordsAResultDatedItsOwnToday() {
        clock.set(at(day, 6, 0));
        ProgrammeFixtures.ActivePair pair = programmeFixtures.activePair(List.of("parents"));
        UUID programme = programmes.create(pair.curator(), pair.mentorship()).id();
        programmes.approve(pair.curator(), programme);

        clock.set(at(day, 22, 30));
        LocalDate moscowToday = day.plusDays(1);
        impact.record(pair.curator(), programme, result(moscowToday));
        assertThatThrownBy(() -> impact.record(pair.curator(), programme, result(moscowToday.plusDays(1))))
                .as("its tomorrow is still the future")
                .isInstanceOf(InvalidInputException.class);

        zone(pair.school(), "Europe/Kaliningrad");
        clock.set(at(day, 21, 30));
        assertThatThrownBy(() -> impact.record(pair.curator(), programme, result(day.plusDays(1))))
                .as("23:30 in Kaliningrad: the next day is the future")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFarEastPairsActivityIsOverdueOnTheHealthBoardByItsSchoolsDate() {
        clock.set(at(day, 6, 0));
        ProgrammeFixtures.ActivePair pair = programmeFixtures.activePair(List.of("parents"));
        UUID programme = programmes.create(pair.curator(), pair.mentorship()).id();
        drafts.addActivity(pair.curator(), programme, activity("Срок сегодня по UTC", day));
        programmes.approve(pair.curator(), programme);
        zone(pair.school(), "Asia/Vladivostok");

        clock.set(at(day, 15, 30));
        assertThat(overdueOnBoard(pair))
                .as("01:30 the next day in Vladivostok: one activity overdue")
                .containsExactly(1L);

        zone(pair.school(), "Europe/Moscow");
        assertThat(overdueOnBoard(pair)).as("18:30 in Moscow: due today").isEmpty();
    }

    private List<Long> overdueOnBoard(ProgrammeFixtures.ActivePair pair) {
        return healthBoard.of(pair.curator(), pair.school()).stream()
                .filter(p -> p.pair().equals(pair.mentorship()))
                .flatMap(p -> p.reasons().stream())
                .filter(r -> r.messageKey().equals("monitoring.reason.overdue"))
                .map(HealthReason::figure)
                .toList();
    }

    private OrganisationId school(String zone) {
        OrganisationId school = fixtures.world().schoolA();
        zone(school, zone);
        return school;
    }

    /**
     * An operator corrects the school's zone in the table; what follows is the next request (a request reads its
     * school's zone once, and the test's methods run inside one mock request of their own).
     */
    private void zone(OrganisationId organisation, String zone) {
        jdbc.update("update organisation set time_zone = ? where id = ?", zone, organisation.value());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    private PersonId consented(NastavnikPrincipal curator, OrganisationId school, LocalDate validUntil) {
        return consented(curator, school, validUntil, "Павлова");
    }

    private PersonId consented(
            NastavnikPrincipal curator, OrganisationId school, LocalDate validUntil, String surname) {
        PersonId person = staff.create(curator, school, Fixtures.teacher(surname, "Анна", "Игоревна"))
                .id();
        consents.recordGiven(
                curator,
                school,
                new GiveConsent(
                        person.toString(), ConsentPurpose.PERSONAL_DATA, validUntil.minusDays(30), validUntil, null));
        return person;
    }

    private ConsentStatus status(NastavnikPrincipal curator, OrganisationId school, PersonId person) {
        return consentReads.ofPerson(curator, school, person).stream()
                .filter(c -> c.purpose() == ConsentPurpose.PERSONAL_DATA)
                .findFirst()
                .orElseThrow()
                .status();
    }

    private boolean overdue(ProgrammeFixtures.ActivePair pair, UUID programme, String title) {
        return programmes.card(pair.curator(), programme).programme().activities().stream()
                .filter(a -> a.title().equals(title))
                .findFirst()
                .map(ActivityView::overdue)
                .orElseThrow();
    }

    private static PlanItem activity(String title, LocalDate due) {
        return new PlanItem(null, title, null, due, ActivityRole.BOTH, null, null);
    }

    private static NewResult result(LocalDate on) {
        return new NewResult(ResultKind.OPEN_LESSON, null, null, false, "Открытый урок", on, null);
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }
}
