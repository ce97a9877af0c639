package ru.nastavnik.publishing.internal;

import ru.nastavnik.shared.OrganisationId;

/** A published news item was edited; listened to in the same transaction, so that the posts made of it are updated exactly when the edit commits. */
public record PublicationEdited(PublicationId publication, OrganisationId organisation) {}
