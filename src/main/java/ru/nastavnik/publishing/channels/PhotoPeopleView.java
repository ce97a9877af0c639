package ru.nastavnik.publishing.channels;

import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;

/**
 * Whom a news photo shows, as tagged, and whether each has a valid consent to distribution now (152-ФЗ art. 10.1):
 * the item is published and the photo sent only while all of them have. {@code version} is the list's ETag.
 */
public record PhotoPeopleView(UUID photo, boolean hidden, List<Shown> people, long version) {

    public PhotoPeopleView {
        people = List.copyOf(people);
    }

    /** A person on the photo, by the name she had when tagged. */
    public record Shown(PersonId person, String name, boolean consented) {}
}
