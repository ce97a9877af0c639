package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.WorkingDays;

class MentorshipTests {

    static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());
    static final PersonId MENTOR = new PersonId(UUID.randomUUID());
    static final PersonId MENTEE = new PersonId(UUID.randomUUID());
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void aPairBecomesActiveOnlyWithARegisteredOrderAndTheConsentsOnFile() {
        Mentorship pair = pair();
        assertThat(pair.activate(false, true, SchoolToday.date())).isFalse();
        assertThat(pair.activate(true, false, SchoolToday.date())).isFalse();
        assertThat(pair.status()).isEqualTo(MentorshipStatus.PLANNED);
        assertThat(pair.activate(true, true, SchoolToday.date())).isTrue();
        assertThat(pair.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(pair.activate(true, true, SchoolToday.date()))
                .as("only once")
                .isFalse();
    }

    @Test
    void onlyAllowedTransitionsHappen() {
        Mentorship pair = pair();
        assertThatThrownBy(() -> pair.pause(SchoolToday.date())).hasMessage("mentorship.transition.invalid");
        assertThatThrownBy(() -> pair.complete(MONDAY)).hasMessage("mentorship.transition.invalid");
        pair.activate(true, true, SchoolToday.date());
        pair.pause(SchoolToday.date());
        assertThatThrownBy(() -> pair.pause(SchoolToday.date())).hasMessage("mentorship.transition.invalid");
        pair.resume(SchoolToday.date());
        assertThatThrownBy(() -> pair.complete(MONDAY))
                .as("before the period is over")
                .hasMessage("mentorship.complete.early");
        pair.complete(MONDAY.plusMonths(9));
        assertThat(pair.status()).isEqualTo(MentorshipStatus.COMPLETED);
        assertThatThrownBy(() -> pair.terminate(EndInitiator.MENTOR, MONDAY, MONDAY, "поздно"))
                .hasMessage("mentorship.transition.invalid");
    }

    @Test
    void theEmployerEndsAStartedPairNoSoonerThanThreeWorkingDaysAfterTheNotice() {
        Mentorship pair = pair();
        pair.activate(true, true, SchoolToday.date());
        assertThatThrownBy(() -> pair.terminate(EndInitiator.EMPLOYER, MONDAY, MONDAY.plusDays(2), "сокращение"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("mentorship.end.notice");
        pair.terminate(EndInitiator.EMPLOYER, MONDAY, MONDAY.plusDays(3), "сокращение");
        assertThat(pair.status()).isEqualTo(MentorshipStatus.TERMINATED);
        assertThat(pair.current(MemberRole.MENTOR)).isEmpty();
    }

    @Test
    void theMentorMayGiveItUpAtAnyTime() {
        Mentorship pair = pair();
        pair.activate(true, true, SchoolToday.date());
        pair.terminate(EndInitiator.MENTOR, MONDAY, MONDAY, "по собственному желанию");
        assertThat(pair.view(p -> "").endInitiator()).isEqualTo(EndInitiator.MENTOR);
    }

    @Test
    void workingDaysSkipTheWeekend() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(WorkingDays.WEEKENDS_ONLY.earliestEnd(friday, 3)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(WorkingDays.WEEKENDS_ONLY.earliestEnd(MONDAY, 3)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void workingDaysFollowTheProductionCalendar() {
        WorkingDays calendar = WorkingDays.russian(
                List.of(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 12, 31)), List.of(LocalDate.of(2025, 11, 1)));
        // 4 November, the Day of National Unity, is not a working day
        assertThat(calendar.earliestEnd(LocalDate.of(2026, 11, 3), 3)).isEqualTo(LocalDate.of(2026, 11, 9));
        // 31 December moved off by the decree, then the New Year holidays of 2027 up to the weekend of the 9th
        assertThat(calendar.earliestEnd(LocalDate.of(2026, 12, 29), 3)).isEqualTo(LocalDate.of(2027, 1, 12));
        // 8 March 2026 is a Sunday: the Monday after is off (art. 112 part 2)
        assertThat(calendar.working(LocalDate.of(2026, 3, 9))).isFalse();
        assertThat(calendar.working(LocalDate.of(2026, 1, 9))).isFalse();
        // a Saturday the decree made a working day counts
        assertThat(calendar.working(LocalDate.of(2025, 11, 1))).isTrue();
        assertThat(calendar.working(LocalDate.of(2026, 11, 5))).isTrue();
    }

    /** «Дата прекращения 10.12» for a pair from 14.12 was printed on an order (a new school's review, session 33). */
    @Test
    void aPairWhoseOrderIsSignedEndsNoSoonerThanItsFirstDayUnlessAConsentIsWithdrawn() {
        Mentorship pair = pair();
        pair.activate(true, true, MONDAY.minusDays(7));
        assertThatThrownBy(() -> pair.terminate(
                        EndInitiator.MENTOR,
                        MONDAY.minusDays(4),
                        MONDAY.minusDays(4),
                        "передумала",
                        WorkingDays.WEEKENDS_ONLY,
                        MONDAY.minusDays(4)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("mentorship.end.beforeStart");
        assertThat(pair.status()).isEqualTo(MentorshipStatus.ACTIVE);

        pair.terminate(
                EndInitiator.MENTOR, MONDAY.minusDays(4), MONDAY, "передумала", WorkingDays.WEEKENDS_ONLY, MONDAY);
        assertThat(pair.status()).isEqualTo(MentorshipStatus.TERMINATED);
        assertThat(pair.view(p -> "").endedOn()).isEqualTo(MONDAY);

        Mentorship withdrawn = pair();
        withdrawn.activate(true, true, MONDAY.minusDays(7));
        withdrawn.terminate(EndInitiator.MENTEE, MONDAY.minusDays(4), MONDAY.minusDays(4), "согласие отозвано");
        assertThat(withdrawn.status()).as("a withdrawn consent ends it at once").isEqualTo(MentorshipStatus.TERMINATED);
    }

    @Test
    void anEarlyEndAnnouncedAheadKeepsThePairGoingUntilItsDay() {
        Mentorship pair = pair();
        pair.activate(true, true, SchoolToday.date());
        LocalDate effective = MONDAY.plusDays(10);
        pair.terminate(EndInitiator.EMPLOYER, MONDAY, effective, "реорганизация", WorkingDays.WEEKENDS_ONLY, MONDAY);
        assertThat(pair.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(pair.view(p -> "").terminationDueOn()).isEqualTo(effective);
        assertThat(pair.current(MemberRole.MENTEE)).hasSize(1);
        assertThat(pair.endingEarly()).isTrue();
        assertThatThrownBy(() -> pair.terminate(EndInitiator.MENTOR, MONDAY, effective.plusDays(1), "позже"))
                .hasMessage("mentorship.end.alreadyDue");
        assertThatThrownBy(() -> pair.replaceMentor(
                        pair.current(MemberRole.MENTOR).get(0),
                        new PersonId(UUID.randomUUID()),
                        SCHOOL,
                        MONDAY,
                        "замена"))
                .hasMessage("mentorship.end.due");
        assertThat(pair.finishDueTermination(effective.minusDays(1))).isFalse();
        assertThat(pair.finishDueTermination(effective)).isTrue();
        assertThat(pair.status()).isEqualTo(MentorshipStatus.TERMINATED);
        assertThat(pair.view(p -> "").endedOn()).isEqualTo(effective);
        assertThat(pair.view(p -> "").terminationDueOn()).isNull();
        assertThat(pair.current(MemberRole.MENTEE)).isEmpty();
        assertThat(pair.finishDueTermination(effective)).isFalse();
    }

    @Test
    void aWithdrawnConsentEndsAPairAtOnceEvenWithAnEndAnnouncedForLater() {
        Mentorship pair = pair();
        pair.activate(true, true, SchoolToday.date());
        pair.terminate(
                EndInitiator.EMPLOYER, MONDAY, MONDAY.plusDays(10), "реорганизация", WorkingDays.WEEKENDS_ONLY, MONDAY);
        pair.terminate(EndInitiator.MENTEE, MONDAY.plusDays(2), MONDAY.plusDays(2), "отзыв согласия");
        assertThat(pair.status()).isEqualTo(MentorshipStatus.TERMINATED);
        assertThat(pair.view(p -> "").endedOn()).isEqualTo(MONDAY.plusDays(2));
        assertThat(pair.view(p -> "").terminationDueOn()).isNull();
    }

    @Test
    void anAnnouncedEndCanBeCancelledAndNeverFallsAfterThePlannedEnd() {
        Mentorship pair = pair();
        pair.activate(true, true, SchoolToday.date());
        LocalDate plannedEnd = pair.view(p -> "").endsOn();
        assertThatThrownBy(() -> pair.terminate(
                        EndInitiator.EMPLOYER,
                        MONDAY,
                        plannedEnd.plusDays(1),
                        "поздно",
                        WorkingDays.WEEKENDS_ONLY,
                        MONDAY))
                .hasMessage("mentorship.end.afterPlannedEnd");
        pair.terminate(
                EndInitiator.EMPLOYER, MONDAY, MONDAY.plusDays(10), "реорганизация", WorkingDays.WEEKENDS_ONLY, MONDAY);
        pair.cancelTermination();
        assertThat(pair.endingEarly()).isFalse();
        assertThat(pair.view(p -> "").endInitiator()).isNull();
        assertThatThrownBy(pair::cancelTermination).hasMessage("mentorship.end.notDue");
    }

    @Test
    void changingTheMentorKeepsTheHistory() {
        Mentorship pair = pair();
        PersonId next = new PersonId(UUID.randomUUID());
        pair.activate(true, true, SchoolToday.date());
        pair.replaceMentor(MENTOR, next, SCHOOL, MONDAY.plusMonths(1), "переезд");
        assertThat(pair.current(MemberRole.MENTOR)).containsExactly(next);
        assertThat(pair.status()).as("a new mentor needs a new order").isEqualTo(MentorshipStatus.PLANNED);
        assertThat(pair.assignmentOrder()).isNull();
        MentorshipView view = pair.view(p -> "");
        assertThat(view.members()).hasSize(3);
        assertThat(view.members())
                .filteredOn(m -> m.personId().equals(MENTOR))
                .singleElement()
                .satisfies(m -> assertThat(m.leftReason()).isEqualTo("переезд"));
    }

    @Test
    void aGroupIsOneMentorWithManyOrManyMentorsWithOneAndLastsThreeMonthsToAYear() {
        List<PersonId> two = List.of(new PersonId(UUID.randomUUID()), new PersonId(UUID.randomUUID()));
        List<PersonId> twoMore = List.of(new PersonId(UUID.randomUUID()), new PersonId(UUID.randomUUID()));
        assertThatThrownBy(() -> new NewMentorship(two, twoMore, "групповая", MONDAY, MONDAY.plusMonths(6), null))
                .hasMessage("mentorship.manyToMany");
        assertThatThrownBy(() -> new NewMentorship(
                        List.of(MENTOR), List.of(MENTEE), "традиционная", MONDAY, MONDAY.plusMonths(2), null))
                .hasMessage("mentorship.period.length");
        assertThatThrownBy(() -> new NewMentorship(
                        List.of(MENTOR), List.of(MENTOR), "традиционная", MONDAY, MONDAY.plusMonths(6), null))
                .hasMessage("mentorship.samePerson");
        assertThat(new NewMentorship(List.of(MENTOR), two, "групповая", MONDAY, MONDAY.plusYears(1), null).mentees())
                .hasSize(2);
    }

    @Test
    void aRegisteredOrderNeedsANumberADateAndTheScan() {
        MentorshipOrder order = new MentorshipOrder(
                SCHOOL, OrderKind.ASSIGNMENT, "О закреплении", List.of(UUID.randomUUID()), Instant.now());
        assertThatThrownBy(() -> order.register(" ", MONDAY, UUID.randomUUID(), Instant.now()))
                .hasMessage("mentorship.order.number.required");
        assertThatThrownBy(() -> order.register("12", MONDAY, null, Instant.now()))
                .hasMessage("mentorship.order.scan.required");
        order.register("12-о", MONDAY, UUID.randomUUID(), Instant.now());
        assertThat(order.registered()).isTrue();
        assertThatThrownBy(() -> order.register("13", MONDAY, UUID.randomUUID(), Instant.now()))
                .hasMessage("mentorship.order.alreadyRegistered");
    }

    private static Mentorship pair() {
        return new Mentorship(
                SCHOOL,
                new NewMentorship(
                        List.of(MENTOR),
                        List.of(MENTEE),
                        "традиционная (один на один)",
                        MONDAY,
                        MONDAY.plusMonths(9),
                        null),
                List.of(SCHOOL),
                List.of(SCHOOL),
                Instant.now());
    }
}
