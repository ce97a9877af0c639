package ru.nastavnik.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/** One entry of the vocabulary of professional needs and competences, shared so that matching can compare them. */
@Entity
@Table(name = "bank_topic")
class Topic {

    @Id
    private UUID id;

    @Column(name = "organisation_id")
    private UUID organisationId;

    private String code;

    private String title;

    private boolean active;

    protected Topic() {}

    Topic(OrganisationId owner, String code, String title) {
        this.id = UUID.randomUUID();
        this.organisationId = owner.value();
        this.code = code;
        this.title = title;
        this.active = true;
    }

    String code() {
        return code;
    }

    TopicView view() {
        return new TopicView(code, title, organisationId == null);
    }
}
