package ru.nastavnik.roadmap;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.roadmap.internal.Roadmap;
import ru.nastavnik.roadmap.internal.StageProgress;
import ru.nastavnik.shared.Role;

@SpringBootTest
@AutoConfigureMockMvc
class RoadmapIntegrationTests {

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    BankManagement banks;

    @Test
    void theCuratorStartsFromTheRoadmapThatCountsConsentsAndBanks() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        String consented = staff.create(curator, world.schoolA(), Fixtures.teacher("Иванова", "Мария", "Петровна"))
                .id()
                .toString();
        staff.create(curator, world.schoolA(), Fixtures.teacher("Петрова", "Анна", "Ивановна"));
        consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(consented, ConsentPurpose.PERSONAL_DATA, SchoolToday.date(), null, null));
        banks.saveMentee(
                curator,
                world.schoolA(),
                new MenteeRequest(consented, MenteeCategory.YOUNG_SPECIALIST, null, List.of("fgos"), null));

        // the landing page leads on to the roadmap (and, were she a mentor too, to her cabinet)
        mvc.perform(get("/").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"/roadmap\">Дорожная карта</a>")));
        mvc.perform(get("/roadmap").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 / 2")))
                .andExpect(content().string(containsString("Банк наставляемых")));
        mvc.perform(get("/roadmap")
                        .param("organisation", world.schoolB().toString())
                        .with(user(curator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/").with(user(fixtures.user(Role.MENTOR, world.schoolA()))))
                .andExpect(status().isOk());
    }

    @Autowired
    Roadmap roadmap;

    @Autowired
    ru.nastavnik.matching.Matching matching;

    @Autowired
    ru.nastavnik.mentorship.ProposalApproval approval;

    /**
     * Hand-computed: 6 staff, 5 with a PD consent; 2 mentors, both with the duties consent; 3 mentees in the bank,
     * 2 of them given a mentor (each mentor takes one) — 2 of 3, each mentee counted once though she stays in the
     * bank; 2 pairs planned, none at work yet, none with a programme.
     */
    @Test
    void theFiguresCountEachPersonOnceAndOnlyPairsNotEnded() {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        staff.create(curator, world.schoolA(), Fixtures.teacher("Безсогласия", "Мария", "Петровна"));
        for (String mentor : List.of("Первая", "Вторая")) {
            bankFixtures
                    .aMentor(curator, world.schoolA(), mentor)
                    .consenting(ConsentPurpose.MENTORING_DUTIES)
                    .competences("fgos")
                    .enter();
        }
        for (String mentee : List.of("Андреева", "Борисова", "Васильева")) {
            bankFixtures.aMentee(curator, world.schoolA(), mentee).needs("fgos").enter();
        }
        var run = matching.run(curator, world.schoolA(), null);
        approval.approve(
                curator,
                world.schoolA(),
                run.proposals().stream().map(p -> p.id()).toList(),
                "индивидуальная",
                SchoolToday.date().plusDays(1),
                SchoolToday.date().plusMonths(9));

        var stages = roadmap.of(curator, world.schoolA());

        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.pdConsents"))
                .isEqualTo("5/6");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.dutiesConsents"))
                .isEqualTo("2/2");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.mentees"))
                .isEqualTo("3/-");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.mentors"))
                .isEqualTo("2/-");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.paired"))
                .isEqualTo("2/3");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.activePairs"))
                .isEqualTo("0/2");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.programmes"))
                .isEqualTo("0/2");
    }

    @Autowired
    ru.nastavnik.mentorship.OrderRegister orders;

    @Autowired
    ru.nastavnik.mentorship.internal.RegulationOrders regulations;

    @Autowired
    ru.nastavnik.mentorship.internal.PairManagement mentorships;

    @Autowired
    ru.nastavnik.programme.Programmes programmes;

    @Autowired
    ru.nastavnik.Listeners listeners;

    /**
     * Issue 13, item 15, by hand. The school: 7 staff — 3 mentors, 3 mentees and 1 teacher without a PD consent.
     * <ul>
     * <li>PD consents: the 3 mentors and 3 mentees, not the seventh: 6 / 7.</li>
     * <li>Duties consents: all 3 mentors in the bank: 3 / 3.</li>
     * <li>Mentee bank: 3. Mentor bank: 3, of whom Первая and Вторая are trained and Третья is not: trained 2 / 3.</li>
     * <li>Each mentor takes one mentee: 3 pairs X, Y, Z, each with a programme approved (X and Y) or drafted (Z). X is
     * ended early before it started; Y's assignment order is registered, so Y works; Z is still planned.</li>
     * <li>Pairs not ended: Y and Z = 2. At work: Y = 1 / 2 (X is in neither number). With an approved programme: Y
     * only = 1 / 2 (X's programme was approved, but X has ended; Z's is a draft).</li>
     * <li>Mentees with a mentor: those of Y and Z = 2; out of every mentee counted once, waiting or paired — X's mentee
     * waits again in the bank, Y's and Z's stay in it — 3: so 2 / 3.</li>
     * </ul>
     */
    @Test
    void anEndedPairIsInNoFigureAndTheTrainedMentorsAreCountedOutOfTheMentorBank() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        staff.create(curator, world.schoolA(), Fixtures.teacher("Безсогласия", "Мария", "Петровна"));
        var training = java.util.Map.of(
                "Первая",
                ru.nastavnik.bank.TrainingStatus.TRAINED,
                "Вторая",
                ru.nastavnik.bank.TrainingStatus.TRAINED,
                "Третья",
                ru.nastavnik.bank.TrainingStatus.NOT_TRAINED);
        for (String mentor : List.of("Первая", "Вторая", "Третья")) {
            bankFixtures
                    .aMentor(curator, world.schoolA(), mentor)
                    .consenting(ConsentPurpose.MENTORING_DUTIES)
                    .competences("fgos")
                    .training(training.get(mentor))
                    .enter();
        }
        for (String mentee : List.of("Андреева", "Борисова", "Васильева")) {
            bankFixtures.aMentee(curator, world.schoolA(), mentee).needs("fgos").enter();
        }
        var run = matching.run(curator, world.schoolA(), null);
        var pairs = approval.approve(
                curator,
                world.schoolA(),
                run.proposals().stream().map(p -> p.id()).toList(),
                "индивидуальная",
                SchoolToday.date().plusDays(1),
                SchoolToday.date().plusMonths(9));
        org.assertj.core.api.Assertions.assertThat(pairs).hasSize(3);
        var x = pairs.get(0).id();
        var y = pairs.get(1).id();
        var z = pairs.get(2).id();
        programmes.approve(curator, programmes.create(curator, x).id());
        programmes.approve(curator, programmes.create(curator, y).id());
        programmes.create(curator, z);
        mentorships.terminate(
                curator,
                x,
                ru.nastavnik.mentorship.EndInitiator.EMPLOYER,
                null,
                null,
                "перевод наставляемого в другую школу");
        var order = orders.draftAssignment(curator, world.schoolA(), List.of(y));
        orders.register(
                curator,
                order.id(),
                "7-о",
                SchoolToday.date(),
                new java.io.ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
        listeners.awaitCompletion();
        org.assertj.core.api.Assertions.assertThat(
                        mentorships.get(curator, x).status().ended())
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(mentorships.get(curator, y).status())
                .isEqualTo(ru.nastavnik.mentorship.MentorshipStatus.ACTIVE);

        var stages = roadmap.of(curator, world.schoolA());

        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.pdConsents"))
                .isEqualTo("6/7");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.dutiesConsents"))
                .isEqualTo("3/3");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.mentees"))
                .isEqualTo("3/-");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.mentors"))
                .isEqualTo("3/-");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.trained"))
                .isEqualTo("2/3");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.paired"))
                .isEqualTo("2/3");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.activePairs"))
                .isEqualTo("1/2");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.programmes"))
                .isEqualTo("1/2");
        org.assertj.core.api.Assertions.assertThat(stages.get(4).orders())
                .singleElement()
                .satisfies(o ->
                        org.assertj.core.api.Assertions.assertThat(o.number()).isEqualTo("7-о"));
    }

    @Test
    void stageOneShowsTheOrderApprovingTheRegulationFromDraftToRegistered() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        mvc.perform(get("/roadmap").with(user(curator)))
                .andExpect(content()
                        .string(containsString("Приказ об утверждении Положения и дорожной карты ещё не подготовлен")));

        var order = regulations.draftRegulation(curator, world.schoolA(), null, "Смирнову Ольгу Викторовну");
        mvc.perform(get("/roadmap").with(user(curator)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ещё не подготовлен"))))
                .andExpect(content().string(containsString("/mentorship/orders/" + order.id() + "/document")))
                .andExpect(content().string(containsString("проект")));

        orders.register(
                curator,
                order.id(),
                "12-о",
                LocalDate.of(2026, 9, 1),
                new java.io.ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
        var stageOne = roadmap.of(curator, world.schoolA()).get(0);
        org.assertj.core.api.Assertions.assertThat(stageOne.orders())
                .singleElement()
                .satisfies(o ->
                        org.assertj.core.api.Assertions.assertThat(o.number()).isEqualTo("12-о"));
        mvc.perform(get("/roadmap").with(user(curator)))
                .andExpect(content().string(containsString("№ 12-о от 01.09.2026")));
    }

    @Test
    void theApiGivesTheSameStagesFiguresAndOrdersInWordsToTheCuratorOnly() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        String person = staff.create(curator, world.schoolA(), Fixtures.teacher("Иванова", "Мария", "Петровна"))
                .id()
                .toString();
        staff.create(curator, world.schoolA(), Fixtures.teacher("Петрова", "Анна", "Ивановна"));
        consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(person, ConsentPurpose.PERSONAL_DATA, SchoolToday.date(), null, null));
        var order = regulations.draftRegulation(curator, world.schoolA(), null, "Смирнову Ольгу Викторовну");
        String api = "/api/v1/organisations/" + world.schoolA() + "/roadmap";

        mvc.perform(get(api).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].number")
                        .value(1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].title")
                        .value("Подготовка условий: локальные акты и согласия"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$[0].figures[?(@.code == 'pdConsents')].value")
                        .value(1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$[0].figures[?(@.code == 'pdConsents')].outOf")
                        .value(2))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].orders[0].id")
                                .value(order.id().toString()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$[0].orders[0].status")
                        .value("DRAFT"));
        mvc.perform(get(api).with(user(fixtures.user(Role.CURATOR, world.schoolB()))))
                .andExpect(status().isNotFound());
        mvc.perform(get(api).with(user(fixtures.user(Role.MENTOR, world.schoolA()))))
                .andExpect(status().isNotFound());
    }

    @Test
    void stageSixCountsTheEventsTheSchoolHeldByKindAndNotThosePlannedOrHeldByAnotherSchool() {
        Fixtures.World world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        event(world.schoolA(), "CONFERENCE", "HELD");
        event(world.schoolA(), "ROUND_TABLE", "HELD");
        event(world.schoolA(), "ROUND_TABLE", "PLANNED");
        event(world.schoolA(), "INSTALLATION_SESSION", "HELD");
        event(world.schoolA(), "CONSULTATION", "CANCELLED");
        event(world.schoolB(), "SEMINAR", "HELD");

        var stages = roadmap.of(curator, world.schoolA());

        org.assertj.core.api.Assertions.assertThat(stages)
                .extracting(StageProgress::number)
                .contains(6);
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.sessions"))
                .isEqualTo("1/-");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.conferences"))
                .isEqualTo("1/-");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.roundTables"))
                .isEqualTo("1/-");
        org.assertj.core.api.Assertions.assertThat(figure(stages, "roadmap.figure.practices"))
                .isEqualTo("0/-");
    }

    private void event(ru.nastavnik.shared.OrganisationId organiser, String kind, String status) {
        jdbc.update(
                "insert into event (id, organisation_id, kind, title, starts_at, ends_at, time_zone, status, checkin_code, "
                        + "created_at) values (gen_random_uuid(), ?, ?, 'Событие', now() - interval '2 hours', now() - interval '1 hour', "
                        + "'Europe/Moscow', ?, 'ABC234', now())",
                organiser.value(),
                kind,
                status);
    }

    private static String figure(List<StageProgress> stages, String key) {
        return stages.stream()
                .flatMap(s -> s.figures().stream())
                .filter(f -> f.labelKey().equals(key))
                .map(f -> f.value() + "/" + (f.outOf() == null ? "-" : f.outOf()))
                .findFirst()
                .orElseThrow();
    }
}
