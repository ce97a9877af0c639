package ru.nastavnik.mentorship.web;

import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.Ids;

/**
 * The order approving the school's regulation on mentoring, as asked on the orders page: its curator, chosen among the
 * staff or written by name, and the version of the regulation it approves (the newest when none is chosen).
 */
record RegulationForm(String curatorId, String curator, String regulationVersion) {

    PersonId curatorPerson() {
        return curatorId == null || curatorId.isBlank() ? null : PersonId.of(curatorId);
    }

    UUID version() {
        return regulationVersion == null || regulationVersion.isBlank() ? null : Ids.parse(regulationVersion);
    }
}
