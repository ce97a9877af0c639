package ru.nastavnik.publishing.internal;

import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * A document of the public section was shown otherwise, hidden, or lost a name: the posts made of it may no longer
 * match what the section shows. Published in the transaction of the change.
 */
public record PublicDocumentChanged(OrganisationId organisation, UUID document) {}
