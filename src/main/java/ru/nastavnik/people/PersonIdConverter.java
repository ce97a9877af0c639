package ru.nastavnik.people;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Lets another module's entity hold a {@link PersonId} in a {@code uuid} column:
 * {@code @Convert(converter = PersonIdConverter.class)}. Not applied automatically — a converted attribute binds only
 * {@code PersonId} query parameters (Hibernate refuses a {@code UUID}), so each use turns its repository's parameters
 * to the typed id at the same time. A null column is an absent id.
 */
@Converter
public class PersonIdConverter implements AttributeConverter<PersonId, UUID> {

    @Override
    public UUID convertToDatabaseColumn(PersonId id) {
        return id == null ? null : id.value();
    }

    @Override
    public PersonId convertToEntityAttribute(UUID value) {
        return value == null ? null : new PersonId(value);
    }
}
