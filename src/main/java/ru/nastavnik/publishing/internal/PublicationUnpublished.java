package ru.nastavnik.publishing.internal;

import ru.nastavnik.shared.OrganisationId;

/** A news item was taken off the public section; posts made of it elsewhere are now stale. */
public record PublicationUnpublished(PublicationId publication, OrganisationId organisation) {}
