package ru.nastavnik.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.programme.internal.ProgrammeManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Personalised programmes as other modules use them: the roadmap lists them, monitoring reads a programme's card
 * (which checks who the caller is to it), the demonstration data drafts and approves them. The work is
 * {@link ProgrammeManagement}'s, inside this module.
 */
@Service
public class Programmes {

    private final ProgrammeManagement programmes;

    Programmes(ProgrammeManagement programmes) {
        this.programmes = programmes;
    }

    /** A draft from the organisation's effective template of the mentee's category, one activity per need. */
    public ProgrammeView create(NastavnikPrincipal caller, MentorshipId pairId) {
        return programmes.create(caller, pairId);
    }

    /** The school's programmes; a programme's title names its pair, so the list is an audited read. */
    public List<ProgrammeView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        return programmes.list(caller, organisation);
    }

    /** A programme's card, for its school's curator or director or a member of its pair (404 for anyone else). */
    public ProgrammeCard card(NastavnikPrincipal caller, UUID id) {
        return programmes.card(caller, id);
    }

    /** Approved by the curator or director; work starts at once if the pair is already at work. */
    public ProgrammeView approve(NastavnikPrincipal caller, UUID id) {
        return programmes.approve(caller, id);
    }

    /** The organisation's own date (its time zone's), for a page's default dates. */
    public LocalDate today(OrganisationId organisation) {
        return programmes.today(organisation);
    }
}
