package ru.nastavnik.consent;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * A person narrowed her consent to distribution (152-ФЗ art. 10.1 part 12: she may demand that distribution of some
 * of her data stop): what is no longer in {@code remaining} ends as a withdrawal would.
 */
public record DistributionScopeNarrowed(
        OrganisationId organisation, ConsentId consent, PersonId person, DistributionScope remaining) {}
