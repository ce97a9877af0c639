package ru.nastavnik.practices.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationIdConverter;

/** One line of a practice's history: when, what, at which level and organisation, by whom (or which round table). */
@Embeddable
class PracticeStep {

    private Instant at;

    @Enumerated(EnumType.STRING)
    private PracticeStepKind kind;

    @Enumerated(EnumType.STRING)
    private PracticeLevel level;

    @Column(name = "organisation_id")
    @Convert(converter = OrganisationIdConverter.class)
    private OrganisationId organisationId;

    private String actor;

    @Column(name = "event_id")
    private UUID eventId;

    private String comment;

    protected PracticeStep() {}

    PracticeStep(
            Instant at,
            PracticeStepKind kind,
            PracticeLevel level,
            OrganisationId organisation,
            Actor actor,
            String comment) {
        this.at = at;
        this.kind = kind;
        this.level = level;
        this.organisationId = organisation;
        this.actor = actor.name();
        this.eventId = actor.roundTable();
        this.comment = comment;
    }

    PracticeStepView view() {
        return new PracticeStepView(at, kind, level, organisationId, actor, eventId, comment);
    }

    /** Who took a step: a person by name, or a round table by the event's id (its organiser's decision). */
    record Actor(String name, UUID roundTable) {

        static Actor person(String name) {
            return new Actor(name == null || name.length() <= 300 ? name : name.substring(0, 300), null);
        }

        static Actor roundTable(UUID event, String organiser) {
            return new Actor(organiser, event);
        }

        /** The signed-in user, by her name at the time (the history keeps it even if the account goes). */
        static Actor current() {
            return person(ru.nastavnik.shared.security.CurrentUser.find()
                    .map(p -> p.fullName())
                    .orElse(null));
        }
    }
}
