package ru.nastavnik.publishing.internal;

import ru.nastavnik.shared.OrganisationId;

/** A person's name was hidden in a published item after her consent to distribution ended (152-ФЗ art. 10.1): posts made of it elsewhere still show it. */
public record PublicationNameHidden(PublicationId publication, OrganisationId organisation) {}
