package ru.nastavnik.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

class PracticeTests {

    @Test
    void aProposalIsDecidedOnceAcceptedOrRejectedWithAReason() {
        Practice accepted = practice();
        accepted.accept(Instant.now());
        assertThat(accepted.view().status()).isEqualTo(PracticeStatus.ACCEPTED);
        assertThatThrownBy(() -> accepted.reject("поздно", Instant.now())).hasMessage("practice.decided");

        Practice rejected = practice();
        assertThatThrownBy(() -> rejected.reject(" ", Instant.now())).hasMessage("practice.reason.invalid");
        assertThat(rejected.view().status()).isEqualTo(PracticeStatus.PROPOSED);
        rejected.reject("Повторяет уже принятую практику", Instant.now());
        assertThat(rejected.view().rejectionReason()).isEqualTo("Повторяет уже принятую практику");
        assertThatThrownBy(() -> rejected.accept(Instant.now())).hasMessage("practice.decided");
    }

    @Test
    void aProposalNeedsATitleASummaryAndAuthors() {
        OrganisationId school = OrganisationId.random();
        assertThatThrownBy(() -> new NewPractice(school, " ", "Описание", List.of(person()), PracticeSourceKind.PROGRAMME,
                UUID.randomUUID())).hasMessage("practice.title.invalid");
        assertThatThrownBy(() -> new NewPractice(school, "Название", null, List.of(person()), PracticeSourceKind.PROGRAMME,
                UUID.randomUUID())).hasMessage("practice.summary.invalid");
        assertThatThrownBy(() -> new NewPractice(school, "Название", "Описание", List.of(), PracticeSourceKind.PROGRAMME,
                UUID.randomUUID())).hasMessage("practice.authors.invalid");
    }

    private static Practice practice() {
        return new Practice(new NewPractice(OrganisationId.random(), "Опыт наставничества", "Цель: адаптация",
                List.of(person(), person()), PracticeSourceKind.PROGRAMME, UUID.randomUUID()), Instant.now());
    }

    private static PersonId person() {
        return new PersonId(UUID.randomUUID());
    }
}
