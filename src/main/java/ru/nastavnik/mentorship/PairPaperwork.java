package ru.nastavnik.mentorship;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import ru.nastavnik.mentorship.internal.ProgrammePaperwork;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The parts of the pairs' documents that a programme's document is made of too: the organisation's editable
 * template of the programme (kept with the pairs' other templates), the people it names, the registered order that
 * approved it (implemented in {@code internal}).
 */
public interface PairPaperwork {

    /**
     * The people a pair's document names: for a curator the school's staff and the pair's mentors from elsewhere,
     * for a member of the pair the pair's own people only.
     */
    Map<PersonId, StaffData> people(NastavnikPrincipal caller, MentorshipView pair, boolean curator);

    OrganisationSummary organisation(OrganisationId id);

    /** The programme's document from the organisation's current template of it. */
    byte[] renderProgramme(OrganisationId organisation, Map<String, Object> model);

    /** The registered order that approved the pair's programme and the programme's appendix number, if there is one. */
    Optional<ProgrammeApproval> approval(OrganisationId organisation, MentorshipId pair);

    static String describe(List<PersonId> persons, Map<PersonId, StaffData> people) {
        return ProgrammePaperwork.describe(persons, people);
    }

    static String initials(List<PersonId> persons, Map<PersonId, StaffData> people) {
        return ProgrammePaperwork.initials(persons, people);
    }

    static String programmeFileName(List<StaffData> mentees, String extension, MessageSource messages) {
        return ProgrammePaperwork.programmeFileName(mentees, extension, messages);
    }
}
