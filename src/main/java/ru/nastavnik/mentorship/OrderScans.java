package ru.nastavnik.mentorship;

import java.util.UUID;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The signed scans of registered orders, downloaded under the order's name; each download audited. */
public interface OrderScans {

    /** The signed scan, for the register's download link. */
    DocumentFile scan(NastavnikPrincipal caller, UUID id);

    /** The scan's file extension (its type recognised by content), without reading the file. */
    String scanExtension(NastavnikPrincipal caller, UUID id);
}
