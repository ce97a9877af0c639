package ru.nastavnik.monitoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * A professional result of the mentee recorded on her programme: a qualification category earned (incl.
 * «педагог-наставник» and «педагог-методист», приказ № 196 от 24.03.2023), a contest entered and whether she won, an
 * open lesson given, an article or a talk of the mentor or the mentee (their own publication). A category names which;
 * a contest its level; a publication whether it is an article or a talk.
 */
@Entity
@Table(name = "monitoring_programme_result")
class ProgrammeResult extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "programme_id")
    private UUID programmeId;

    @Enumerated(EnumType.STRING)
    private ResultKind kind;

    @Enumerated(EnumType.STRING)
    private QualificationCategory category;

    @Enumerated(EnumType.STRING)
    private ContestLevel level;

    @Enumerated(EnumType.STRING)
    private PublicationKind publication;

    private boolean won;
    private String title;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ProgrammeResult() {}

    ProgrammeResult(OrganisationId organisation, UUID programme, NewResult result, LocalDate today, Instant now) {
        super(organisation);
        if (result.kind() == null) {
            throw InvalidInputException.of("kind", "review.result.kind.required");
        }
        if (result.kind() == ResultKind.CATEGORY
                && (result.category() == null || result.category() == QualificationCategory.NONE)) {
            throw InvalidInputException.of("category", "review.result.category.required");
        }
        if (result.kind() == ResultKind.CONTEST && result.level() == null) {
            throw InvalidInputException.of("level", "review.result.level.required");
        }
        if (result.kind() == ResultKind.PUBLICATION && result.publication() == null) {
            throw InvalidInputException.of("publication", "monitoringPublications.kind.required");
        }
        String text = result.title() == null ? "" : result.title().strip();
        if (text.isEmpty() || text.length() > 300) {
            throw InvalidInputException.of("title", "review.result.title.invalid");
        }
        if (result.achievedOn() == null || result.achievedOn().isAfter(today)) {
            throw InvalidInputException.of("achievedOn", "review.result.date.invalid");
        }
        this.id = UUID.randomUUID();
        this.programmeId = programme;
        this.kind = result.kind();
        this.category = kind == ResultKind.CATEGORY ? result.category() : null;
        this.level = kind == ResultKind.CONTEST ? result.level() : null;
        this.publication = kind == ResultKind.PUBLICATION ? result.publication() : null;
        this.won = kind == ResultKind.CONTEST && result.won();
        this.title = text;
        this.achievedOn = result.achievedOn();
        this.recordedAt = now;
    }

    UUID id() {
        return id;
    }

    ProgrammeResultView view() {
        return new ProgrammeResultView(id, kind, category, level, won, title, achievedOn, publication);
    }
}
