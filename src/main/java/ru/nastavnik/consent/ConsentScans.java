package ru.nastavnik.consent;

import java.io.InputStream;
import ru.nastavnik.documents.StoredFileInfo;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The scans of signed consent forms (implemented in {@code internal.ScanFiles}); each download is audited. */
public interface ConsentScans {

    ScanDownload scan(NastavnikPrincipal caller, OrganisationId organisation, ConsentId id);

    /** The signed-in teacher's own consent's scan; another person's consent is not found. */
    ScanDownload ownScan(NastavnikPrincipal caller, ConsentId id);

    /** The scan's extension by the type recognised on upload, without reading the file. */
    String scanExtension(NastavnikPrincipal caller, OrganisationId organisation, ConsentId id);

    record ScanDownload(StoredFileInfo info, InputStream content) {}
}
