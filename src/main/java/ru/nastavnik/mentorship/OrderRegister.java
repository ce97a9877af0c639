package ru.nastavnik.mentorship;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The organisation's register of mentorship orders as other modules read it (and the demonstration data fills it):
 * drafted for planned pairs, registered with number, date and the signed scan (implemented in {@code internal}).
 */
public interface OrderRegister {

    /** A draft order assigning these planned pairs; all of them or none (a pair already in an order is refused). */
    OrderView draftAssignment(NastavnikPrincipal caller, OrganisationId organisation, List<MentorshipId> ids);

    /** The pairs whose programme a registered approval order names: their programmes go into no further order. */
    Set<UUID> approvedByOrder(NastavnikPrincipal caller, OrganisationId organisation);

    List<OrderView> list(NastavnikPrincipal caller, OrganisationId organisation);

    OrderView get(NastavnikPrincipal caller, UUID id);

    /**
     * Registers the signed order: its number (unique in the organisation within the year), date and scan. The
     * pairs it assigns become active where the consents are on file.
     */
    OrderView register(
            NastavnikPrincipal caller, UUID id, String number, LocalDate date, InputStream scan, String scanName);
}
