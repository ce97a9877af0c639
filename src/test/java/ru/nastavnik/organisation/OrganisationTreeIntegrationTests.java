package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.OrganisationId;

/** The tree is read upwards in one query: every page asks it (the vocabulary, the tenant checks). */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationTreeIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Organisations organisations;

    @Test
    void lineageListsTheSchoolThenItsMunicipalityThenItsRegion() {
        Fixtures.World world = fixtures.world();
        assertThat(organisations.lineage(world.schoolA()))
                .containsExactly(world.schoolA(), world.municipality(), world.region());
        assertThat(organisations.lineage(world.region())).containsExactly(world.region());
        assertThat(organisations.lineage(new OrganisationId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aSchoolLiesWithinItsAreaButNotWithinItsNeighbour() {
        Fixtures.World world = fixtures.world();
        assertThat(organisations.isWithin(world.schoolA(), world.region())).isTrue();
        assertThat(organisations.isWithin(world.schoolA(), world.schoolA())).isTrue();
        assertThat(organisations.isWithin(world.schoolA(), world.schoolB())).isFalse();
        assertThat(organisations.isWithin(world.municipality(), world.schoolA()))
                .isFalse();
    }

    @Test
    void theKindIsReadWithoutTheRequisites() {
        Fixtures.World world = fixtures.world();
        assertThat(organisations.kindOf(world.schoolA())).contains(OrganisationKind.ORGANISATION);
        assertThat(organisations.kindOf(world.municipality())).contains(OrganisationKind.MUNICIPALITY);
        assertThat(organisations.kindOf(new OrganisationId(UUID.randomUUID()))).isEmpty();
    }
}
