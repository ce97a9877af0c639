package ru.nastavnik.mentorship.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.OrganisationId;

/**
 * A mentor may serve a mentee of another school only through the shared municipal or regional bank, and only
 * with her consent to it (DESIGN §2): she is in the shared bank, the SHARED_BANK consent is valid, and both
 * schools lie in the same region.
 */
@Component
class CrossSchool {

    private final ConsentCheck consents;
    private final Organisations organisations;

    CrossSchool(ConsentCheck consents, Organisations organisations) {
        this.consents = consents;
        this.organisations = organisations;
    }

    /** Whether this bank entry's mentor may take mentees of {@code school} (her own school always). */
    boolean mayServe(MentorView mentor, OrganisationId school) {
        if (mentor.organisationId().equals(school)) {
            return true;
        }
        if (!mentor.sharedBank() || !consents.hasValid(mentor.personId(), ConsentPurpose.SHARED_BANK)) {
            return false;
        }
        Optional<OrganisationId> region = region(school);
        return region.isPresent() && region.equals(region(mentor.organisationId()));
    }

    private Optional<OrganisationId> region(OrganisationId organisation) {
        Optional<OrganisationSummary> node = organisations.find(organisation);
        for (int depth = 0; node.isPresent() && depth < 4; depth++) {
            if (node.get().kind() == OrganisationKind.REGION) {
                return Optional.of(node.get().id());
            }
            node = Optional.ofNullable(node.get().parentId()).flatMap(organisations::find);
        }
        return Optional.empty();
    }
}
