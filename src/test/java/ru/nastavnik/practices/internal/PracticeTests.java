package ru.nastavnik.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.practices.DistributionConsent;
import ru.nastavnik.practices.NewPractice;
import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.practices.PracticeSourceKind;
import ru.nastavnik.practices.PracticeStatus;
import ru.nastavnik.practices.internal.PracticeStep.Actor;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;

class PracticeTests {

    static final Actor CURATOR = Actor.person("Куратор");
    final OrganisationId municipality = OrganisationId.random();
    final OrganisationId region = OrganisationId.random();

    @Test
    void aProposalIsDecidedOnceAcceptedOrRejectedWithAReason() {
        Practice accepted = practice();
        accepted.accept(Instant.now(), CURATOR);
        assertThat(accepted.view().status()).isEqualTo(PracticeStatus.ACCEPTED);
        assertThat(accepted.view().level()).isEqualTo(PracticeLevel.SCHOOL);
        assertThatThrownBy(() -> accepted.reject("поздно", Instant.now(), CURATOR))
                .hasMessage("practice.decided");

        Practice rejected = practice();
        assertThatThrownBy(() -> rejected.reject(" ", Instant.now(), CURATOR)).hasMessage("practice.reason.invalid");
        assertThat(rejected.view().status()).isEqualTo(PracticeStatus.PROPOSED);
        rejected.reject("Повторяет уже принятую практику", Instant.now(), CURATOR);
        assertThat(rejected.view().rejectionReason()).isEqualTo("Повторяет уже принятую практику");
        assertThat(rejected.view().level()).isNull();
        assertThatThrownBy(() -> rejected.accept(Instant.now(), CURATOR)).hasMessage("practice.decided");
    }

    /** The programme's draft wrote the contest's sections, but the practice kept only its title and summary. */
    @Test
    void aProposalKeepsTheSectionsItWasProposedWith() {
        PracticeDescription written = new PracticeDescription(
                "Правила в классе",
                "Как мы выстроили правила",
                "Шум на уроках",
                "Дисциплина",
                "Разбор уроков",
                "Правила приняты",
                "Карта наблюдения");
        Practice practice = new Practice(
                new NewPractice(
                        OrganisationId.random(),
                        written,
                        List.of(person()),
                        PracticeSourceKind.PROGRAMME,
                        UUID.randomUUID()),
                Instant.now(),
                CURATOR);

        assertThat(practice.view().description()).isEqualTo(written);
    }

    @Test
    void aProposalNeedsATitleASummaryAndAuthors() {
        OrganisationId school = OrganisationId.random();
        assertThatThrownBy(() -> new NewPractice(
                        school, " ", "Описание", List.of(person()), PracticeSourceKind.PROGRAMME, UUID.randomUUID()))
                .hasMessage("practice.title.invalid");
        assertThatThrownBy(() -> new NewPractice(
                        school, "Название", null, List.of(person()), PracticeSourceKind.PROGRAMME, UUID.randomUUID()))
                .hasMessage("practice.summary.invalid");
        assertThatThrownBy(() -> new NewPractice(
                        school, "Название", "Описание", List.of(), PracticeSourceKind.PROGRAMME, UUID.randomUUID()))
                .hasMessage("practice.authors.invalid");
    }

    @Test
    void onlyAPracticeAcceptedByItsSchoolIsProposedUpAndNotTwice() {
        Practice practice = practice();
        assertThatThrownBy(() -> practice.proposeUp(
                        PracticeLevel.SCHOOL, municipality, PracticeLevel.MUNICIPALITY, Instant.now(), CURATOR))
                .hasMessage("practice.up.notAccepted");
        practice.accept(Instant.now(), CURATOR);
        practice.proposeUp(PracticeLevel.SCHOOL, municipality, PracticeLevel.MUNICIPALITY, Instant.now(), CURATOR);
        assertThat(practice.view().pendingLevel()).isEqualTo(PracticeLevel.MUNICIPALITY);
        assertThat(practice.view().pendingOrganisationId()).isEqualTo(municipality);
        assertThatThrownBy(() -> practice.proposeUp(
                        PracticeLevel.SCHOOL, municipality, PracticeLevel.MUNICIPALITY, Instant.now(), CURATOR))
                .hasMessage("practice.up.alreadyProposed");
        assertThat(practice.history())
                .extracting(PracticeStepView::kind)
                .containsExactly(PracticeStepKind.PROPOSED, PracticeStepKind.ACCEPTED, PracticeStepKind.PROPOSED_UP);
    }

    @Test
    void theLevelItIsProposedToDecidesAndNoOtherLevel() {
        Practice practice = proposedToMunicipality();
        assertThatThrownBy(() -> practice.acceptUp(region, Instant.now(), CURATOR))
                .hasMessage("practice.up.notPendingHere");
        assertThatThrownBy(() -> practice.returnUp(region, "Не наш уровень", Instant.now(), CURATOR))
                .hasMessage("practice.up.notPendingHere");
        assertThat(practice.view().pendingOrganisationId()).isEqualTo(municipality);

        practice.acceptUp(municipality, Instant.now(), Actor.person("Методист района"));
        assertThat(practice.view().level()).isEqualTo(PracticeLevel.MUNICIPALITY);
        assertThat(practice.view().pendingLevel()).isNull();
        // the school cannot send it again: the municipality holds it now and sends it on
        assertThatThrownBy(() -> practice.proposeUp(
                        PracticeLevel.SCHOOL, municipality, PracticeLevel.MUNICIPALITY, Instant.now(), CURATOR))
                .hasMessage("practice.up.alreadyAccepted");
        practice.proposeUp(PracticeLevel.MUNICIPALITY, region, PracticeLevel.REGION, Instant.now(), CURATOR);
        practice.acceptUp(region, Instant.now(), CURATOR);
        assertThat(practice.view().level()).isEqualTo(PracticeLevel.REGION);
    }

    @Test
    void aReturnNeedsACommentAndLetsTheSchoolProposeAgain() {
        Practice practice = proposedToMunicipality();
        assertThatThrownBy(() -> practice.returnUp(municipality, " ", Instant.now(), CURATOR))
                .hasMessage("practice.return.comment.invalid");
        assertThat(practice.view().pendingLevel()).isEqualTo(PracticeLevel.MUNICIPALITY);
        practice.returnUp(municipality, "Добавьте результаты", Instant.now(), CURATOR);
        assertThat(practice.view().returnComment()).isEqualTo("Добавьте результаты");
        assertThat(practice.view().level()).isEqualTo(PracticeLevel.SCHOOL);
        assertThat(practice.history().get(practice.history().size() - 1).comment())
                .isEqualTo("Добавьте результаты");
        practice.proposeUp(PracticeLevel.SCHOOL, municipality, PracticeLevel.MUNICIPALITY, Instant.now(), CURATOR);
        assertThat(practice.view().pendingLevel()).isEqualTo(PracticeLevel.MUNICIPALITY);
    }

    @Test
    void theDescriptionIsNotChangedWhileALevelAboveDecides() {
        Practice practice = proposedToMunicipality();
        PracticeDescription changed = new PracticeDescription("Новое", "Кратко", "Проблема", null, null, null, null);
        assertThatThrownBy(() -> practice.describe(0L, changed)).hasMessage("practice.describe.pending");
        Practice fresh = practice();
        assertThatThrownBy(() -> fresh.describe(null, changed)).isInstanceOf(RuntimeException.class);
        fresh.describe(0L, changed);
        assertThat(fresh.view().description().problem()).isEqualTo("Проблема");
        assertThatThrownBy(() -> fresh.describe(5L, changed)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aSectionLongerThanTheContestAllowsIsRefusedByName() {
        assertThatThrownBy(
                        () -> new PracticeDescription("Название", "Кратко", "x".repeat(8001), null, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("problem"));
    }

    @Test
    void theAuthorsConsentIsDatedNotInTheFutureAndRemembersWhoRecordedIt() {
        Practice practice = practice();
        LocalDate today = LocalDate.of(2027, 3, 1);
        assertThatThrownBy(() ->
                        practice.recordConsent(0L, today.plusDays(1), today, UUID.randomUUID(), CURATOR, Instant.now()))
                .hasMessage("practice.consent.date.invalid");
        assertThat(practice.view().distributionConsent()).isNull();
        UUID user = UUID.randomUUID();
        practice.recordConsent(0L, today, today, user, CURATOR, Instant.now());
        assertThat(practice.view().distributionConsent()).isEqualTo(new DistributionConsent(today, user, "Куратор"));
    }

    private Practice proposedToMunicipality() {
        Practice practice = practice();
        practice.accept(Instant.now(), CURATOR);
        practice.proposeUp(PracticeLevel.SCHOOL, municipality, PracticeLevel.MUNICIPALITY, Instant.now(), CURATOR);
        return practice;
    }

    private static Practice practice() {
        return new Practice(
                new NewPractice(
                        OrganisationId.random(),
                        "Опыт наставничества",
                        "Цель: адаптация",
                        List.of(person(), person()),
                        PracticeSourceKind.PROGRAMME,
                        UUID.randomUUID()),
                Instant.now(),
                CURATOR);
    }

    private static PersonId person() {
        return new PersonId(UUID.randomUUID());
    }
}
