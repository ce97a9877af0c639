package ru.nastavnik.practices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * A practice as read: {@code level} is the highest library it was accepted into (null until the school accepts it);
 * {@code pendingLevel}/{@code pendingOrganisationId}: where it is proposed now; {@code returnComment}: why the level
 * above returned it last; {@code distributionConsent}: the authors' consent to distribution, if recorded.
 */
public record PracticeView(
        PracticeId id,
        OrganisationId organisationId,
        String title,
        String summary,
        List<PersonId> authors,
        PracticeSourceKind sourceKind,
        UUID sourceId,
        PracticeStatus status,
        String rejectionReason,
        Instant proposedAt,
        Instant decidedAt,
        PracticeDescription description,
        PracticeLevel level,
        PracticeLevel pendingLevel,
        OrganisationId pendingOrganisationId,
        String returnComment,
        DistributionConsent distributionConsent,
        long version) {}
