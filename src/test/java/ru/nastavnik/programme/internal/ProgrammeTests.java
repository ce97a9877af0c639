package ru.nastavnik.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SchoolTerm;

class ProgrammeTests {

    static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    static final LocalDate TO = LocalDate.of(2027, 5, 31);

    @Test
    void aProgrammeFromTheTemplateHasOneActivityPerNeedWithinItsPeriod() {
        List<PlanItem> plan = ProgrammeTemplates.plan(
                SchoolTerm.STATUTORY,
                List.of("discipline", "parents", "t-own"),
                Map.of(
                        "discipline",
                        "Дисциплина и мотивация на уроке",
                        "parents",
                        "Работа с родителями",
                        "t-own",
                        "Свой запрос"),
                FROM,
                TO);
        assertThat(plan).hasSize(3 + 3);
        assertThat(plan)
                .extracting(PlanItem::need)
                .contains("Дисциплина и мотивация на уроке", "Работа с родителями", "Свой запрос");
        assertThat(plan)
                .filteredOn(i -> "Работа с родителями".equals(i.need()))
                .singleElement()
                .satisfies(i -> assertThat(i.title()).contains("родительского собрания"));
        assertThat(plan)
                .filteredOn(i -> "Свой запрос".equals(i.need()))
                .singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("Работа над запросом: Свой запрос"));
        assertThat(plan).allSatisfy(i -> assertThat(i.dueOn()).isBetween(FROM, TO));
        assertThat(plan.get(plan.size() - 1).title()).contains("Итоговая самооценка");
        assertThat(ProgrammeTemplates.goal(MenteeCategory.YOUNG_SPECIALIST)).contains("молодого специалиста");
    }

    @Test
    void onlyTheAllowedTransitionsHappen() {
        Programme programme = programme();
        UUID first = programme.view(FROM).activities().get(0).id();
        assertThat(programme.start()).as("not approved yet").isFalse();
        assertThatThrownBy(() -> programme.activity(first)).hasMessage("programme.notInProgress");
        programme.approve(FROM);
        assertThatThrownBy(() -> programme.add(item(FROM.plusDays(3)))).hasMessage("programme.notDraft");
        assertThatThrownBy(() -> programme.approve(FROM)).hasMessage("programme.notDraft");
        assertThat(programme.start()).isTrue();
        programme.activity(first).markDone(FROM.plusDays(5), "проведено");
        assertThat(programme.view(FROM.plusDays(6)).percentDone()).isEqualTo(50);
        assertThatThrownBy(() -> programme.complete(FROM.plusDays(6), true, "переезд"))
                .hasMessage("programme.evaluation.missing");
        programme.evaluate(false, "Стала увереннее");
        programme.evaluate(true, "Цели достигнуты");
        programme.complete(FROM.plusDays(6), true, "переезд");
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.COMPLETED);
        assertThatThrownBy(() -> programme.terminate("поздно")).hasMessage("programme.transition.invalid");
    }

    @Test
    void completingBeforeThePlannedEndOrWithActivitiesUndoneNeedsConfirmationAndAReason() {
        Programme programme = evaluated();
        UUID first = programme.view(FROM).activities().get(0).id();
        programme.activity(first).markDone(FROM.plusDays(5), "проведено");

        assertThatThrownBy(() -> programme.complete(FROM.plusDays(6), false, "переезд"))
                .hasMessage("programme.complete.confirm");
        assertThatThrownBy(() -> programme.complete(TO.plusDays(1), false, null))
                .as("at the end, but half undone")
                .hasMessage("programme.complete.confirm");
        assertThatThrownBy(() -> programme.complete(FROM.plusDays(6), true, "  "))
                .hasMessage("programme.complete.reason");
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.IN_PROGRESS);

        programme.complete(FROM.plusDays(6), true, "Наставляемая переведена в другую школу");
        ProgrammeView view = programme.view(FROM.plusDays(6));
        assertThat(view.completedEarly()).isTrue();
        assertThat(view.completedOn()).isEqualTo(FROM.plusDays(6));
        assertThat(view.completionNote()).isEqualTo("Наставляемая переведена в другую школу");
    }

    @Test
    void aProgrammeDoneInFullAtItsEndCompletesWithOneClick() {
        Programme programme = evaluated();
        programme
                .view(FROM)
                .activities()
                .forEach(a -> programme.activity(a.id()).markDone(FROM.plusDays(50), null));

        programme.complete(TO, false, null);

        assertThat(programme.status()).isEqualTo(ProgrammeStatus.COMPLETED);
        assertThat(programme.view(TO).completedEarly()).isFalse();
    }

    @Test
    void anActivityOutsideThePeriodAndAnEmptyPlanAreRefused() {
        Programme programme = programme();
        assertThatThrownBy(() -> programme.add(item(TO.plusDays(1)))).hasMessage("programme.activity.outsidePeriod");
        programme.view(FROM).activities().forEach(a -> programme.remove(a.id()));
        assertThatThrownBy(() -> programme.approve(FROM)).hasMessage("programme.plan.empty");
    }

    @Test
    void overdueActivitiesAreCounted() {
        Programme programme = programme();
        assertThat(programme.view(TO.plusDays(1)).overdue()).isEqualTo(2);
        assertThat(programme.view(FROM).overdue()).isZero();
    }

    @Test
    void evidenceIsAFileOrASafeLink() {
        var person = new ru.nastavnik.people.PersonId(UUID.randomUUID());
        assertThatThrownBy(
                        () -> new Evidence(UUID.randomUUID(), null, "javascript:alert(1)", "x", person, Instant.now()))
                .hasMessage("programme.evidence.url.invalid");
        assertThatThrownBy(() -> new Evidence(UUID.randomUUID(), null, null, "x", person, Instant.now()))
                .hasMessage("programme.evidence.fileOrLink");
        assertThat(new Evidence(UUID.randomUUID(), null, "https://school.ru/plan", "План урока", person, Instant.now())
                        .view()
                        .url())
                .isEqualTo("https://school.ru/plan");
    }

    /**
     * Meetings of 01.01.2020 and of 31.12.2027 were listed as held: a meeting is dated from the programme's start to
     * the school's today, the refusal naming the date field and the bound, and nothing is made.
     */
    @Test
    void aMeetingIsHeldBetweenTheProgrammesStartAndTheSchoolsToday() {
        Programme programme = programme();
        programme.approve(FROM);
        programme.start();
        LocalDate today = FROM.plusDays(20);
        var person = new ru.nastavnik.people.PersonId(UUID.randomUUID());
        assertRefused(
                () -> programme.meeting(LocalDate.of(2020, 1, 1), "Разбор урока", null, person, today, Instant.now()),
                "heldOn",
                "programme.meeting.date.beforeStart",
                "01.09.2026");
        assertRefused(
                () -> programme.meeting(today.plusDays(1), "Разбор урока", null, person, today, Instant.now()),
                "heldOn",
                "programme.meeting.date.future",
                "21.09.2026");
        assertThat(programme
                        .meeting(FROM, "Разбор урока", "Итог", person, today, Instant.now())
                        .view()
                        .heldOn())
                .isEqualTo(FROM);
        assertThat(programme
                        .meeting(today, "Разбор урока", null, person, today, Instant.now())
                        .view()
                        .heldOn())
                .isEqualTo(today);
        // not while it is not being worked through
        programme.evaluate(false, "Стала увереннее");
        programme.evaluate(true, "Цели достигнуты");
        programme.complete(today, true, "переезд");
        assertThatThrownBy(() -> programme.meeting(today, "Разбор урока", null, person, today, Instant.now()))
                .hasMessage("programme.notInProgress");
    }

    /** A «Выполнено» given by mistake is taken back, note and all, while the programme is worked through. */
    @Test
    void aDoneMarkIsTakenBackWhileTheProgrammeRuns() {
        Programme programme = evaluated();
        UUID first = programme.view(FROM).activities().get(0).id();
        programme.activity(first).markDone(FROM.plusDays(5), "проведено");
        programme.activity(first).reopen();
        ActivityView reopened = programme.view(FROM.plusDays(6)).activities().get(0);
        assertThat(reopened.done()).isFalse();
        assertThat(reopened.doneOn()).isNull();
        assertThat(reopened.resultNote()).isNull();
        assertThat(programme.view(FROM.plusDays(6)).percentDone()).isZero();

        programme.activity(first).markDone(FROM.plusDays(7), null);
        programme.complete(FROM.plusDays(8), true, "переезд");
        assertThatThrownBy(() -> programme.activity(first)).hasMessage("programme.notInProgress");
        assertThat(programme.view(FROM.plusDays(8)).activities().get(0).done()).isTrue();
    }

    private static void assertRefused(Runnable action, String field, String key, Object arg) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ru.nastavnik.shared.InvalidInputException.class, e -> {
            assertThat(e.problems().get(0).field()).isEqualTo(field);
            assertThat(e.problems().get(0).messageKey()).isEqualTo(key);
            assertThat(e.problems().get(0).args()).containsExactly(arg);
        });
    }

    /** The tasks as the self-assessment measures them: one a line, as drafted («— …») or typed, without the dashes. */
    @Test
    void theTaskListIsTheTasksOneALineWithoutTheirDashes() {
        Programme programme = programme();
        programme.describe(
                "ПНП",
                "Цель",
                "— Рабочая программа\n\n- Дисциплина на уроке\nРабота с родителями\n— Рабочая программа");

        assertThat(programme.view(FROM).taskList())
                .containsExactly("Рабочая программа", "Дисциплина на уроке", "Работа с родителями");
        programme.describe("ПНП", "Цель", " ");
        assertThat(programme.view(FROM).taskList()).isEmpty();
    }

    private static Programme evaluated() {
        Programme programme = programme();
        programme.approve(FROM);
        programme.start();
        programme.evaluate(false, "Стала увереннее");
        programme.evaluate(true, "Цели достигнуты");
        return programme;
    }

    private static Programme programme() {
        return new Programme(
                new OrganisationId(UUID.randomUUID()),
                new MentorshipId(UUID.randomUUID()),
                "ПНП",
                "Цель",
                null,
                FROM,
                TO,
                List.of(item(FROM.plusDays(10)), item(FROM.plusDays(40))),
                Instant.now());
    }

    private static PlanItem item(LocalDate due) {
        return new PlanItem(null, "Мероприятие", null, due, ActivityRole.BOTH, null, null);
    }
}
