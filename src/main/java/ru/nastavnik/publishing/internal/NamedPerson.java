package ru.nastavnik.publishing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A person a news item names, with the name as written; hidden once her consent to distribution is withdrawn. */
@Embeddable
class NamedPerson {

    static final String HIDDEN_NAME = "[имя скрыто]";

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "shown_name")
    private String shownName;

    private boolean hidden;

    protected NamedPerson() {}

    NamedPerson(UUID personId, String shownName) {
        this.personId = personId;
        this.shownName = shownName;
    }

    UUID personId() {
        return personId;
    }

    String shownName() {
        return shownName;
    }

    boolean hidden() {
        return hidden;
    }

    void hide() {
        hidden = true;
    }
}
