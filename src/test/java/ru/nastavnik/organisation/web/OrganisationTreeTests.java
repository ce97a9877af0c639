package ru.nastavnik.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.shared.OrganisationId;

/** The organisations list reads as the tree: region, each municipality with its schools under it. */
class OrganisationTreeTests {

    static OrganisationSummary org(String name, OrganisationKind kind, OrganisationSummary parent) {
        return new OrganisationSummary(
                new OrganisationId(UUID.randomUUID()),
                parent == null ? null : parent.id(),
                kind,
                name,
                name,
                "Europe/Moscow",
                null,
                0);
    }

    @Test
    void theRegionComesFirstAndEachMunicipalityIsFollowedByItsSchools() {
        OrganisationSummary region = org("Курская область", OrganisationKind.REGION, null);
        OrganisationSummary b = org("Б-ский район", OrganisationKind.MUNICIPALITY, region);
        OrganisationSummary a = org("А-ский район", OrganisationKind.MUNICIPALITY, region);
        OrganisationSummary school = org("СОШ № 7", OrganisationKind.ORGANISATION, b);
        OrganisationSummary direct = org("Лицей", OrganisationKind.ORGANISATION, region);

        List<OrganisationTree.Line> lines = OrganisationTree.of(List.of(b, school, a, direct, region));

        assertThat(lines)
                .extracting(l -> l.organisation().name() + "/" + l.depth())
                .containsExactly("Курская область/0", "А-ский район/1", "Б-ский район/1", "СОШ № 7/2", "Лицей/1");
        assertThat(lines.get(3).indent()).isEqualTo("ps-5");
    }
}
