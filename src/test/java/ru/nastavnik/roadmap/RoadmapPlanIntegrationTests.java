package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.events.EventHeld;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.internal.RegulationOrders;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.roadmap.internal.ActivityEdit;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.PlanView;
import ru.nastavnik.roadmap.internal.PlanView.ActivityView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.roadmap.internal.SchoolYear;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.survey.QuestionnaireClosed;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.QuestionnairePurpose;

@SpringBootTest
@AutoConfigureMockMvc
class RoadmapPlanIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    ru.nastavnik.roadmap.internal.TerritoryRoadmaps territories;

    @Autowired
    RegulationOrders regulations;

    @Autowired
    OrderRegister orders;

    @Autowired
    StaffManagement staff;

    @Autowired
    Listeners listeners;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private static final SchoolYear THIS_YEAR = SchoolYear.of(SchoolToday.date());

    @Test
    void aSchoolsFirstPlanIsTheSevenStagesAndTheRegulationTurnsDoneWhenItsOrderIsRegistered() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        PlanView plan = plans.plan(curator, world.schoolA(), null).orElseThrow();
        assertThat(plan.year()).isEqualTo(THIS_YEAR);
        assertThat(plan.stages())
                .hasSize(7)
                .allSatisfy(s -> assertThat(s.activities()).isNotEmpty());
        ActivityView regulation = activity(plan, Milestone.REGULATION_APPROVED);
        LocalDate today = SchoolToday.date();
        if (today.isAfter(THIS_YEAR.start()) && today.isBefore(LocalDate.of(THIS_YEAR.startYear() + 1, 5, 1))) {
            // a plan made during its year starts from today (LateStartTests): no deadline already passed
            assertThat(regulation.deadline())
                    .isBetween(today.plusDays(7), LocalDate.of(THIS_YEAR.startYear() + 1, 5, 15));
        } else {
            assertThat(regulation.deadline()).isEqualTo(LocalDate.of(THIS_YEAR.startYear(), 9, 30));
        }
        assertThat(regulation.status()).isIn(ActivityStatus.PLANNED, ActivityStatus.OVERDUE);

        var order = regulations.draftRegulation(curator, world.schoolA(), null, "Смирнову Ольгу Викторовну");
        orders.register(curator, order.id(), "12-о", THIS_YEAR.start().plusDays(3), scan(), "order.pdf");
        listeners.awaitCompletion();

        ActivityView done =
                activity(plans.plan(curator, world.schoolA(), null).orElseThrow(), Milestone.REGULATION_APPROVED);
        assertThat(done.status()).isEqualTo(ActivityStatus.DONE);
        assertThat(done.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.ORDER);
            assertThat(e.label())
                    .isEqualTo("№ 12-о от "
                            + ru.nastavnik.shared.web.Dates.DATE.format(
                                    THIS_YEAR.start().plusDays(3)));
            assertThat(e.href()).isEqualTo("/mentorship/orders/" + order.id() + "/document");
        });
        mvc.perform(get("/roadmap").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("План мероприятий на " + THIS_YEAR.label() + " учебный год")))
                .andExpect(content().string(containsString("№ 12-о от")))
                .andExpect(content().string(containsString("Что сделать дальше")))
                // no one named yet: who answers by role, as the roadmap document prints it
                .andExpect(content()
                        .string(containsString("title=\"Никто не назначен: в документе дорожной карты ответственные"
                                + " указаны по должности\">Директор, куратор наставничества</span>")));
    }

    @Test
    void aClosedNeedsQuestionnaireAndAHeldRoundTableMarkTheirActivitiesAndARedeliveryCountsOnce() {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        UUID questionnaire = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        for (int delivery = 0; delivery < 2; delivery++) {
            transactions.executeWithoutResult(tx -> {
                publisher.publishEvent(new QuestionnaireClosed(
                        world.schoolA(),
                        new QuestionnaireId(questionnaire),
                        QuestionnairePurpose.NEEDS,
                        Instant.now()));
                publisher.publishEvent(new EventHeld(
                        world.schoolA(),
                        new EventId(event),
                        EventKind.ROUND_TABLE,
                        Instant.now().minusSeconds(3600),
                        Instant.now(),
                        List.of()));
                // another school's round table is not this school's
                publisher.publishEvent(new EventHeld(
                        world.schoolB(),
                        new EventId(UUID.randomUUID()),
                        EventKind.CONFERENCE,
                        Instant.now().minusSeconds(3600),
                        Instant.now(),
                        List.of()));
            });
        }
        listeners.awaitCompletion();

        PlanView plan = plans.plan(curator, world.schoolA(), null).orElseThrow();
        assertThat(activity(plan, Milestone.NEEDS_SURVEY_CLOSED).status()).isEqualTo(ActivityStatus.DONE);
        assertThat(activity(plan, Milestone.ROUND_TABLE_HELD).status()).isEqualTo(ActivityStatus.DONE);
        assertThat(activity(plan, Milestone.ROUND_TABLE_HELD).evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.href()).isEqualTo("/events/" + event));
        assertThat(activity(plan, Milestone.CONFERENCE_HELD).status()).isNotEqualTo(ActivityStatus.DONE);
        assertThat(activity(plan, Milestone.MENTOR_SURVEY_CLOSED).status()).isNotEqualTo(ActivityStatus.DONE);
    }

    /** Each milestone from the event that sets it; the activities no module reports stay as they were. */
    @Test
    void eachDerivedStatusComesFromTheEventThatSetsIt() {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        Instant now = Instant.now();
        LocalDate today = SchoolToday.date();
        transactions.executeWithoutResult(tx -> {
            publisher.publishEvent(new ru.nastavnik.mentorship.OrderRegistered(
                    world.schoolA(), UUID.randomUUID(), ru.nastavnik.mentorship.OrderKind.ASSIGNMENT, "3-к", today));
            publisher.publishEvent(new ru.nastavnik.mentorship.OrderRegistered(
                    world.schoolA(),
                    UUID.randomUUID(),
                    ru.nastavnik.mentorship.OrderKind.PROGRAMME_APPROVAL,
                    "4-о",
                    today));
            publisher.publishEvent(new QuestionnaireClosed(
                    world.schoolA(),
                    new QuestionnaireId(UUID.randomUUID()),
                    QuestionnairePurpose.POTENTIAL_MENTOR,
                    now));
            publisher.publishEvent(new QuestionnaireClosed(
                    world.schoolA(),
                    new QuestionnaireId(UUID.randomUUID()),
                    QuestionnairePurpose.SATISFACTION_MENTEE,
                    now));
            publisher.publishEvent(new ru.nastavnik.bank.MenteeEntered(
                    world.schoolA(), new ru.nastavnik.people.PersonId(UUID.randomUUID())));
            publisher.publishEvent(new ru.nastavnik.bank.MentorEntered(
                    world.schoolA(), new ru.nastavnik.people.PersonId(UUID.randomUUID())));
            publisher.publishEvent(new ru.nastavnik.training.MentorCourseCompleted(
                    world.schoolA(),
                    new ru.nastavnik.people.PersonId(UUID.randomUUID()),
                    new ru.nastavnik.training.MentorCourseId(UUID.randomUUID()),
                    today));
            publisher.publishEvent(new EventHeld(
                    world.schoolA(),
                    new EventId(UUID.randomUUID()),
                    EventKind.INSTALLATION_SESSION,
                    now.minusSeconds(7200),
                    now,
                    List.of()));
            publisher.publishEvent(new EventHeld(
                    world.schoolA(),
                    new EventId(UUID.randomUUID()),
                    EventKind.SEMINAR,
                    now.minusSeconds(7200),
                    now,
                    List.of()));
            publisher.publishEvent(new MilestoneReached(
                    world.schoolA(),
                    Milestone.PUBLISHED,
                    now,
                    EvidenceKind.PUBLICATION,
                    UUID.randomUUID(),
                    "Установочная сессия наставников"));
        });
        listeners.awaitCompletion();

        PlanView plan = plans.plan(curator, world.schoolA(), null).orElseThrow();
        for (Milestone reached : List.of(
                Milestone.PAIRS_ASSIGNED,
                Milestone.PROGRAMMES_APPROVED,
                Milestone.MENTOR_SURVEY_CLOSED,
                Milestone.SATISFACTION_SURVEY_CLOSED,
                Milestone.MENTEE_BANK_FORMED,
                Milestone.MENTOR_BANK_FORMED,
                Milestone.MENTOR_TRAINED,
                Milestone.SESSION_HELD,
                Milestone.CONFERENCE_HELD,
                Milestone.PUBLISHED)) {
            assertThat(activity(plan, reached).status()).as(reached.name()).isEqualTo(ActivityStatus.DONE);
        }
        for (Milestone not :
                List.of(Milestone.REGULATION_APPROVED, Milestone.NEEDS_SURVEY_CLOSED, Milestone.ROUND_TABLE_HELD)) {
            assertThat(activity(plan, not).status()).as(not.name()).isNotEqualTo(ActivityStatus.DONE);
        }
        assertThat(activity(plan, Milestone.MENTOR_BANK_FORMED).evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.count()).isEqualTo(1));
        assertThat(activity(plan, Milestone.PUBLISHED).evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.label()).isEqualTo("Установочная сессия наставников"));
    }

    /**
     * People are counted, each once: the mentor bank formed last year still counts (a lasting milestone) with this
     * year's entries, the same person in both years once; a course finished last year does not train this year's.
     */
    @Test
    void peopleAreCountedOnceAcrossTheYearsOfALastingMilestoneAndAYearlyOneStartsAgain() {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        int last = THIS_YEAR.startYear() - 1;
        UUID both = UUID.randomUUID();
        Instant latest = THIS_YEAR
                .start()
                .plusDays(20)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
        milestone(
                world.schoolA(),
                Milestone.MENTOR_BANK_FORMED,
                EvidenceKind.MENTOR,
                both,
                last,
                latest.minusSeconds(400 * 86400L));
        milestone(
                world.schoolA(),
                Milestone.MENTOR_BANK_FORMED,
                EvidenceKind.MENTOR,
                UUID.randomUUID(),
                last,
                latest.minusSeconds(390 * 86400L));
        milestone(
                world.schoolA(),
                Milestone.MENTOR_BANK_FORMED,
                EvidenceKind.MENTOR,
                both,
                THIS_YEAR.startYear(),
                latest.minusSeconds(86400));
        milestone(
                world.schoolA(),
                Milestone.MENTOR_BANK_FORMED,
                EvidenceKind.MENTOR,
                UUID.randomUUID(),
                THIS_YEAR.startYear(),
                latest);
        milestone(
                world.schoolA(),
                Milestone.MENTOR_TRAINED,
                EvidenceKind.COURSE,
                both,
                last,
                latest.minusSeconds(300 * 86400L));

        PlanView plan = plans.plan(curator, world.schoolA(), null).orElseThrow();

        assertThat(activity(plan, Milestone.MENTOR_BANK_FORMED).status()).isEqualTo(ActivityStatus.DONE);
        assertThat(activity(plan, Milestone.MENTOR_BANK_FORMED).evidence())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(EvidenceKind.MENTOR);
                    assertThat(e.count()).isEqualTo(3);
                    assertThat(e.label()).isNull();
                    assertThat(e.href()).isEqualTo("/bank/mentors");
                    assertThat(e.date())
                            .isEqualTo(LocalDate.ofInstant(latest, ru.nastavnik.shared.web.Dates.DEFAULT_ZONE));
                });
        assertThat(activity(plan, Milestone.MENTOR_TRAINED).status()).isNotEqualTo(ActivityStatus.DONE);
        assertThat(activity(plan, Milestone.MENTOR_TRAINED).evidence()).isEmpty();
    }

    private void milestone(
            ru.nastavnik.shared.OrganisationId school,
            Milestone milestone,
            EvidenceKind kind,
            UUID evidence,
            int year,
            Instant at) {
        jdbc.update(
                """
                insert into roadmap_milestone (id, organisation_id, milestone, reached_at, school_year, evidence_kind,
                                               evidence_id) values (?, ?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(),
                school.value(),
                milestone.name(),
                java.sql.Timestamp.from(at),
                year,
                kind.name(),
                evidence);
    }

    @Test
    void aManualStatusNeedsACommentAStaleEditIsRefusedAndBadInputChangesNothing() {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        ActivityView support =
                activity(plans.plan(curator, world.schoolA(), null).orElseThrow(), 5, 3);
        ActivityId id = new ActivityId(support.id());

        assertThatThrownBy(() -> plans.setStatus(curator, id, ActivityStatus.DONE, " ", support.version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("comment"));
        assertThatThrownBy(() -> plans.setStatus(curator, id, ActivityStatus.OVERDUE, "так", support.version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("status"));
        assertThatThrownBy(() -> plans.edit(
                        curator,
                        id,
                        new ActivityEdit("Поддержка", THIS_YEAR.end().plusDays(1), null),
                        support.version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("deadline"));
        var leaver = staff.create(curator, world.schoolA(), Fixtures.teacher("Уволенная", "Анна", "Ивановна"))
                .id();
        staff.archive(curator, world.schoolA(), leaver);
        assertThatThrownBy(
                        () -> plans.edit(curator, id, new ActivityEdit("Поддержка", null, leaver), support.version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("responsible"));
        assertThat(activity(plans.plan(curator, world.schoolA(), null).orElseThrow(), 5, 3))
                .isEqualTo(support);

        ActivityView done = plans.setStatus(
                curator, id, ActivityStatus.DONE, "Психолог работает по приказу № 3", support.version());
        assertThat(done.status()).isEqualTo(ActivityStatus.DONE);
        assertThat(done.manual()).isTrue();
        assertThat(done.commentBy()).isEqualTo(curator.fullName());
        assertThatThrownBy(() -> plans.edit(curator, id, new ActivityEdit("Другое", null, null), support.version()))
                .isInstanceOf(StaleVersionException.class);
        var responsible = staff.create(curator, world.schoolA(), Fixtures.teacher("Психологова", "Ирина", "Павловна"))
                .id();
        ActivityView edited = plans.edit(
                curator,
                id,
                new ActivityEdit(
                        "Поддержка наставляемых без пары", THIS_YEAR.end().minusDays(1), responsible),
                done.version());
        assertThat(edited.responsibleName()).isEqualTo("Психологова Ирина Павловна");
        assertThat(plans.clearStatus(curator, id, edited.version()).manual()).isFalse();
    }

    @Test
    void aNewSchoolYearStartsFromTheLastPlanWhichIsKept() {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        UUID old = UUID.randomUUID();
        int last = THIS_YEAR.startYear() - 1;
        jdbc.update(
                "insert into roadmap_plan (id, organisation_id, school_year, created_at) values (?, ?, ?, now())",
                old,
                world.schoolA().value(),
                last);
        jdbc.update(
                "insert into roadmap_activity (id, plan_id, stage, position, content, deadline) values (?, ?, 6, 1, ?, ?)",
                UUID.randomUUID(),
                old,
                "Фестиваль открытых уроков",
                LocalDate.of(last + 1, 3, 1));

        PlanView plan = plans.plan(curator, world.schoolA(), null).orElseThrow();

        assertThat(plan.stages().get(5).activities()).singleElement().satisfies(a -> {
            assertThat(a.content()).isEqualTo("Фестиваль открытых уроков");
            assertThat(a.deadline()).isEqualTo(LocalDate.of(last + 2, 3, 1));
        });
        assertThat(plan.years()).containsExactly(THIS_YEAR, new SchoolYear(last));
        assertThat(plans.plan(curator, world.schoolA(), last)
                        .orElseThrow()
                        .stages()
                        .get(5)
                        .activities())
                .singleElement()
                .satisfies(a -> assertThat(a.deadline()).isEqualTo(LocalDate.of(last + 1, 3, 1)));
    }

    @Test
    void aMunicipalTemplateIsWhereItsSchoolsStartAndItsMethodologistReadsTheirProgress() throws Exception {
        var world = fixtures.world();
        var methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        plans.add(
                methodologist, world.municipality(), 4, new ActivityEdit("Муниципальная школа наставника", null, null));
        mvc.perform(post("/roadmap/template")
                        .param("organisation", world.municipality().toString())
                        .param("published", "true")
                        .with(csrf())
                        .with(user(methodologist)))
                .andExpect(status().is3xxRedirection());

        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        PlanView school = plans.plan(curator, world.schoolA(), null).orElseThrow();
        assertThat(school.stages().get(3).activities())
                .extracting(ActivityView::content)
                .contains("Муниципальная школа наставника");

        // the methodologist reads the school's plan and changes nothing; no one at school B has opened its roadmap
        mvc.perform(get("/roadmap")
                        .param("organisation", world.schoolA().toString())
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Только просмотр")))
                .andExpect(content()
                        .string(not(containsString(
                                "/roadmap/activities/" + school.next().get(0).id()))));
        mvc.perform(get("/roadmap/schools").with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("по данным системы; школа ещё не открывала карту")))
                .andExpect(content()
                        .string(containsString("из "
                                + school.stages().stream()
                                        .mapToInt(s -> s.activities().size())
                                        .sum())));
        // school B's plan as it will start: the template, not stored, with no id
        PlanView prospective = plans.plan(methodologist, world.schoolB(), null).orElseThrow();
        assertThat(prospective.prospective()).isTrue();
        assertThat(prospective.id()).isNull();
        assertThat(prospective.stages().get(3).activities())
                .extracting(ActivityView::content)
                .contains("Муниципальная школа наставника");
        assertThat(jdbc.queryForObject(
                        "select count(*) from roadmap_plan where organisation_id = ?",
                        Long.class,
                        world.schoolB().value()))
                .isZero();
        var stranger = fixtures.user(
                Role.MUNICIPAL_METHODOLOGIST,
                fixtures.org(
                                "Чужой район " + world.tag(),
                                ru.nastavnik.organisation.OrganisationKind.MUNICIPALITY,
                                world.region())
                        .id());
        mvc.perform(get("/roadmap")
                        .param("organisation", world.schoolA().toString())
                        .with(user(stranger)))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> plans.publishAsTemplate(curator, world.schoolA(), true))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSchoolThatNeverOpenedItsRoadmapIsMeasuredByWhatItHasDone() throws Exception {
        var world = fixtures.world();
        var methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        // its Regulation order registered and its consents in, while no one there opened the roadmap page
        milestone(
                world.schoolB(),
                Milestone.REGULATION_APPROVED,
                EvidenceKind.ORDER,
                UUID.randomUUID(),
                THIS_YEAR.startYear(),
                Instant.now());

        var progress = territories.schools(methodologist, world.municipality()).stream()
                .filter(s -> s.school().equals(world.schoolB()))
                .findFirst()
                .orElseThrow();
        assertThat(progress.started()).isFalse();
        assertThat(progress.done()).isEqualTo(1);
        assertThat(progress.total()).isPositive();
        mvc.perform(get("/roadmap")
                        .param("organisation", world.schoolB().toString())
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"roadmap-prospective\"")))
                .andExpect(content().string(containsString("id=\"roadmap-of\"")))
                .andExpect(content().string(containsString("Выполнено")));
        mvc.perform(get("/api/v1/organisations/" + world.municipality() + "/roadmap/schools")
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.school == '" + world.schoolB() + "')].done")
                        .value(1));

        // the school's own first view makes the plan the methodologist read, the Regulation done in both
        var curator = fixtures.user(Role.CURATOR, world.schoolB());
        PlanView made = plans.plan(curator, world.schoolB(), null).orElseThrow();
        assertThat(made.prospective()).isFalse();
        assertThat(activity(made, Milestone.REGULATION_APPROVED).status()).isEqualTo(ActivityStatus.DONE);
        assertThat(territories.schools(methodologist, world.municipality()).stream()
                        .filter(s -> s.school().equals(world.schoolB()))
                        .findFirst()
                        .orElseThrow())
                .satisfies(s -> {
                    assertThat(s.started()).isTrue();
                    assertThat(s.done()).isEqualTo(progress.done());
                    assertThat(s.total()).isEqualTo(progress.total());
                });
    }

    @Test
    void theApiEditsAnActivityOnlyWithTheVersionItRead() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        String api = "/api/v1/organisations/" + world.schoolA() + "/roadmap";
        mvc.perform(get(api + "/plan").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages.length()").value(7))
                .andExpect(jsonPath("$.year.startYear").value(THIS_YEAR.startYear()));
        ActivityView publishing =
                activity(plans.plan(curator, world.schoolA(), null).orElseThrow(), 7, 1);
        String body = "{\"content\":\"Публикации на сайте и в госпабликах\",\"deadline\":\"" + THIS_YEAR.end() + "\"}";
        mvc.perform(put(api + "/activities/" + publishing.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(curator)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(api + "/activities/" + publishing.id())
                        .header("If-Match", "\"" + (publishing.version() + 5) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(curator)))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(api + "/activities/" + publishing.id()).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + publishing.version() + "\""))
                .andExpect(jsonPath("$.content").value(publishing.content()));
        mvc.perform(put(api + "/activities/" + publishing.id())
                        .header("If-Match", "\"" + publishing.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.content").value("Публикации на сайте и в госпабликах"));
        mvc.perform(put(api + "/activities/" + publishing.id())
                        .header("If-Match", "\"" + (publishing.version() + 1) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\":\"x\",\"deadline\":\"2001-01-01\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("учебного года")));
    }

    private static ActivityView activity(PlanView plan, Milestone milestone) {
        return plan.stages().stream()
                .flatMap(s -> s.activities().stream())
                .filter(a -> a.milestone() == milestone)
                .findFirst()
                .orElseThrow();
    }

    private static ActivityView activity(PlanView plan, int stage, int position) {
        return plan.stages().get(stage - 1).activities().get(position - 1);
    }

    private static ByteArrayInputStream scan() {
        return new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
    }
}
