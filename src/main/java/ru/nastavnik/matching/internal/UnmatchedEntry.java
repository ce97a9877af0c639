package ru.nastavnik.matching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import ru.nastavnik.matching.RunView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/** A mentee left without a mentor by a run, and the reason. */
@Entity
@Table(name = "matching_unmatched")
@IdClass(UnmatchedEntry.Key.class)
class UnmatchedEntry extends OrganisationOwned {

    record Key(UUID runId, UUID menteeId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "run_id")
    private UUID runId;

    @Id
    @Column(name = "mentee_id")
    private UUID menteeId;

    private String reason;

    protected UnmatchedEntry() {}

    UnmatchedEntry(UUID run, OrganisationId organisation, PersonId mentee, String reason) {
        super(organisation);
        this.runId = run;
        this.menteeId = mentee.value();
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    RunView.Unmatched view(java.util.function.Function<PersonId, String> names) {
        PersonId mentee = new PersonId(menteeId);
        return new RunView.Unmatched(mentee, names.apply(mentee), reason);
    }
}
