package ru.nastavnik.mentorship;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * The versions of the organisation's Regulation as the public section reads them: the current Regulation is the
 * latest approved version (implemented in {@code internal}).
 */
public interface RegulationVersions {

    /**
     * The order approving the Regulation in force of each of these organisations that has one, in one query and
     * without a caller: the public section shows the current Regulation only, and who approved it is public there.
     */
    Map<OrganisationId, UUID> currentApprovalOrders(Collection<OrganisationId> organisations);
}
