package ru.nastavnik.mentorship;

import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The orders and a mentor's supplementary agreement filled in from the organisation's current templates, as the
 * roadmap's evidence and inspection package and the public section read them (implemented in {@code internal}).
 */
public interface MentorshipDocuments {

    /** The order as a DOCX; a draft shows blanks where the number and date will go once it is signed. */
    DocumentFile order(NastavnikPrincipal caller, UUID orderId);

    /** The same order as a PDF, with its appendices. */
    DocumentFile orderPdf(NastavnikPrincipal caller, UUID orderId);

    /** The same, asked for on behalf of {@code organisation}: the pair's school or the mentor's employer. */
    DocumentFile agreement(NastavnikPrincipal caller, OrganisationId organisation, MentorshipId id, PersonId mentor);

    /**
     * The supplementary agreement of one mentor of a pair or group, concluded by the mentor's employer (Labour Code
     * art. 351.8). Drafting it records the pair's payment term when it has none.
     */
    DocumentFile agreement(NastavnikPrincipal caller, MentorshipId id, PersonId mentor);
}
