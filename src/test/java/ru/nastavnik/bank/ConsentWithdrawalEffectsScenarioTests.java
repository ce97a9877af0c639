package ru.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.bank.internal.BankRegistry;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The bank module as consent sees it: a withdrawn consent in, the person out of the bank it concerns the same day
 * (152-ФЗ art. 9; Labour Code art. 351.8 for a mentor's duties) — or out of the shared bank only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class ConsentWithdrawalEffectsScenarioTests {

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankRegistry banks;

    @Autowired
    EventPublicationRegistry registry;

    @Test
    void aWithdrawnPersonalDataConsentTakesTheMenteeOutOfHerBankThatDay(Scenario scenario) {
        School s = school();
        PersonId mentee = bankFixtures
                .aMentee(s.curator(), s.id(), "Абрамова")
                .needs("exams")
                .enter();

        scenario.publish(withdrawn(s.id(), mentee, ConsentPurpose.PERSONAL_DATA))
                .andWaitForStateChange(
                        () -> banks.history(s.curator(), s.id(), mentee)
                                .asMentee()
                                .get(0),
                        e -> e.leftOn() != null)
                .andVerify(entry -> {
                    assertThat(entry.leftOn()).isEqualTo(SchoolToday.date());
                    assertThat(entry.leftReason()).isEqualTo("отзыв согласия на обработку персональных данных");
                    assertThat(banks.mentees(s.curator(), s.id(), BankFilter.all()))
                            .isEmpty();
                });
    }

    @Test
    void aWithdrawnDutiesConsentTakesTheMentorOutOfTheMentorBank(Scenario scenario) {
        School s = school();
        PersonId mentor = mentor(s, "Волкова", false);

        scenario.publish(withdrawn(s.id(), mentor, ConsentPurpose.MENTORING_DUTIES))
                .andWaitForStateChange(
                        () -> banks.history(s.curator(), s.id(), mentor)
                                .asMentor()
                                .get(0),
                        e -> e.leftOn() != null)
                .andVerify(entry -> {
                    assertThat(entry.leftOn()).isEqualTo(SchoolToday.date());
                    assertThat(entry.leftReason())
                            .isEqualTo("отзыв согласия на выполнение обязанностей наставника (ст. 351.8 ТК РФ)");
                });
    }

    @Test
    void aWithdrawnSharedBankConsentKeepsTheMentorInHerSchoolsBankButNotInTheSharedOne(Scenario scenario) {
        School s = school();
        PersonId mentor = mentor(s, "Егорова", true);
        assertThat(banks.currentMentor(s.curator(), s.id(), mentor).sharedBank())
                .isTrue();

        scenario.publish(withdrawn(s.id(), mentor, ConsentPurpose.SHARED_BANK))
                .andWaitForStateChange(() -> banks.currentMentor(s.curator(), s.id(), mentor), m -> !m.sharedBank())
                .andVerify(entry -> {
                    assertThat(entry.leftOn()).isNull();
                    assertThat(entry.competences()).containsExactly("exams");
                });
    }

    /** The consent to publish her name on the school's site has nothing to do with the banks. */
    @Test
    void aWithdrawnPublicationConsentLeavesTheMentorWhereSheWas(Scenario scenario) {
        School s = school();
        PersonId mentor = mentor(s, "Фролова", true);
        ConsentWithdrawn publication = withdrawn(s.id(), mentor, ConsentPurpose.PUBLICATION);

        scenario.publish(publication)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> publication.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(handled -> {
                    MentorView entry = banks.currentMentor(s.curator(), s.id(), mentor);
                    assertThat(entry.leftOn()).isNull();
                    assertThat(entry.sharedBank()).isTrue();
                });
    }

    private record School(OrganisationId id, NastavnikPrincipal curator) {}

    private School school() {
        OrganisationId school = fixtures.world().schoolA();
        return new School(school, fixtures.user(Role.CURATOR, school));
    }

    private PersonId mentor(School s, String lastName, boolean shared) {
        var mentor = bankFixtures
                .aMentor(s.curator(), s.id(), lastName)
                .consenting(ConsentPurpose.MENTORING_DUTIES)
                .competences("exams")
                .inSharedBank(shared);
        return (shared ? mentor.consenting(ConsentPurpose.SHARED_BANK) : mentor).enter();
    }

    private static ConsentWithdrawn withdrawn(OrganisationId school, PersonId person, ConsentPurpose purpose) {
        return new ConsentWithdrawn(school, new ConsentId(UUID.randomUUID()), person, purpose, SchoolToday.date());
    }
}
