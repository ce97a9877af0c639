package ru.nastavnik.events.internal;

import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

public record CustomKindView(UUID id, OrganisationId organisationId, String title) {}
