package ru.nastavnik.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Lets an entity hold an {@link OrganisationId} (other than its owner, see {@link OrganisationOwned}) in a
 * {@code uuid} column: {@code @Convert(converter = OrganisationIdConverter.class)}. Not applied automatically — a
 * converted attribute binds only {@code OrganisationId} query parameters (Hibernate refuses a {@code UUID}), so each
 * use turns its repository's parameters to the typed id at the same time. A null column is an absent id.
 */
@Converter
public class OrganisationIdConverter implements AttributeConverter<OrganisationId, UUID> {

    @Override
    public UUID convertToDatabaseColumn(OrganisationId id) {
        return id == null ? null : id.value();
    }

    @Override
    public OrganisationId convertToEntityAttribute(UUID value) {
        return value == null ? null : new OrganisationId(value);
    }
}
