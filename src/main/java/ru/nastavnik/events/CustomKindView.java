package ru.nastavnik.events;

import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

public record CustomKindView(UUID id, OrganisationId organisationId, String title) {}
