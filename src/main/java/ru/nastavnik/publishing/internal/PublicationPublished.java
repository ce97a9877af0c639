package ru.nastavnik.publishing.internal;

import ru.nastavnik.shared.OrganisationId;

/** A news item went public (by the curator or its schedule); listened to in the same transaction, so that what follows from it (the channels' outbox) commits or rolls back with it. */
public record PublicationPublished(PublicationId publication, OrganisationId organisation) {}
