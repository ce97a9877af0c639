package ru.nastavnik.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What it takes to create an organisation node, from the admin page or the API. */
public record NewOrganisation(
        @NotBlank(message = "{organisation.name.required}") @Size(max = 500, message = "{organisation.name.tooLong}")
        String name,

        @Size(max = 200, message = "{organisation.shortName.tooLong}")
        String shortName,

        @NotNull(message = "{organisation.kind.required}") OrganisationKind kind,
        String parentId) {}
