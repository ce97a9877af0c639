package ru.nastavnik.documents;

import java.util.List;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * What a module offers a teacher of her own signed documents on her «Мои данные» page (the signed scans of the
 * orders that name her, for instance): a teacher is made acquainted with the orders that concern her and may ask
 * for copies of the documents about her work (Labour Code art. 62). Declared here, as {@link CalendarSource} is,
 * because the page is {@code consent}'s and no module may use another's for this.
 */
public interface OwnDocumentsSource {

    /** The signed-in teacher's own documents, newest first; empty when her account is linked to no staff record. */
    List<OwnDocument> documentsOf(NastavnikPrincipal owner);
}
