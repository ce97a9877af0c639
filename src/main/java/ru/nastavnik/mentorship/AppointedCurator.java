package ru.nastavnik.mentorship;

import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The curator as the order approving the Regulation appoints her — chosen from the staff (declined phrase) or typed
 * in by hand — so that a module showing the order without personal data can remove that name too.
 */
public interface AppointedCurator {

    /** The curator phrase of the caller's Regulation order as printed («заместителя директора Смирнову О. И.»). */
    Optional<String> of(NastavnikPrincipal caller, UUID order);
}
