package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Approving matching proposals forms their pairs, all in one transaction: if one cannot be formed (the mentor's
 * places were taken meanwhile, a consent withdrawn), none is, and the message names the mentee (implemented in
 * {@code internal}).
 */
public interface ProposalApproval {

    /** A proposal whose pair could not be formed, with the mentee's name and the reason. */
    class Refused extends RuntimeException {

        private final String mentee;
        private final InvalidInputException reason;

        public Refused(String mentee, InvalidInputException reason) {
            super(reason.getMessage());
            this.mentee = mentee;
            this.reason = reason;
        }

        public String mentee() {
            return mentee;
        }

        public InvalidInputException reason() {
            return reason;
        }
    }

    List<MentorshipView> approve(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            List<UUID> proposals,
            String form,
            LocalDate startsOn,
            LocalDate endsOn);
}
