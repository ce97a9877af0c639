package ru.nastavnik.publishing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A person a public document names, with every form her name takes in it (cases, initials) so that the name can be
 * removed wherever it stands; hidden once her consent to distribution is withdrawn.
 */
@Embeddable
class DocumentPerson {

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "name_forms")
    private String nameForms;

    private boolean hidden;

    protected DocumentPerson() {}

    DocumentPerson(UUID personId, List<String> forms) {
        this.personId = personId;
        this.nameForms = String.join("\n", forms);
    }

    UUID personId() {
        return personId;
    }

    List<String> forms() {
        return Arrays.stream(nameForms.split("\n")).filter(f -> !f.isBlank()).toList();
    }

    boolean hidden() {
        return hidden;
    }

    void hide() {
        hidden = true;
    }
}
