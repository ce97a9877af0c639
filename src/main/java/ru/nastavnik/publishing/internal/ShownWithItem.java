package ru.nastavnik.publishing.internal;

import java.util.Map;
import ru.nastavnik.people.PersonId;

/**
 * People shown with a news item besides those its text names — those in its photos (Civil Code art. 152.1; 152-ФЗ
 * art. 10.1): publishing and scheduling need their consent to distribution as well.
 */
public interface ShownWithItem {

    /** Those shown with the item and not hidden, with the names the curator saw when she tagged them. */
    Map<PersonId, String> shown(PublicationId publication);
}
