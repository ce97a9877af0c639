package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganisationFactsTests {

    private final OrganisationRepository repository = mock(OrganisationRepository.class);
    private final OrganisationFacts facts = new OrganisationFacts(repository);

    @Test
    void anOrganisationsKindAndLineageAreReadOnceAndKept() {
        UUID school = UUID.randomUUID();
        UUID municipality = UUID.randomUUID();
        when(repository.kindOf(school)).thenReturn(Optional.of(OrganisationKind.ORGANISATION));
        when(repository.lineage(school)).thenReturn(List.of(school, municipality));

        for (int i = 0; i < 3; i++) {
            assertThat(facts.kindOf(school)).contains(OrganisationKind.ORGANISATION);
            assertThat(facts.lineage(school)).containsExactly(school, municipality);
        }

        verify(repository, times(1)).kindOf(school);
        verify(repository, times(1)).lineage(school);
    }

    @Test
    void anUnknownOrganisationIsAskedAgainSoThatOneCreatedLaterIsFound() {
        UUID later = UUID.randomUUID();
        when(repository.kindOf(later))
                .thenReturn(Optional.empty())
                .thenReturn(Optional.of(OrganisationKind.MUNICIPALITY));
        when(repository.lineage(later)).thenReturn(List.of()).thenReturn(List.of(later));

        assertThat(facts.kindOf(later)).isEmpty();
        assertThat(facts.lineage(later)).isEmpty();

        assertThat(facts.kindOf(later)).contains(OrganisationKind.MUNICIPALITY);
        assertThat(facts.lineage(later)).containsExactly(later);
    }

    @Test
    void pastItsCapacityTheNodeStartsAgainFromEmpty() {
        UUID first = UUID.randomUUID();
        when(repository.kindOf(org.mockito.ArgumentMatchers.any()))
                .thenReturn(Optional.of(OrganisationKind.ORGANISATION));
        facts.kindOf(first);
        for (int i = 1; i < OrganisationFacts.CAPACITY; i++) {
            facts.kindOf(UUID.randomUUID());
        }
        facts.kindOf(first);
        verify(repository, times(1)).kindOf(first);

        facts.kindOf(UUID.randomUUID());
        facts.kindOf(first);

        verify(repository, times(2)).kindOf(first);
    }
}
