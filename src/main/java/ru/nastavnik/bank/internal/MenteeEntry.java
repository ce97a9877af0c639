package ru.nastavnik.bank.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.StaleVersionException;

/** A teacher's stay in the mentee bank: why they need a mentor and what with; left when the need is met. */
@Entity
@Table(name = "bank_mentee")
class MenteeEntry extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "person_id")
    private UUID personId;

    @Enumerated(EnumType.STRING)
    private MenteeCategory category;

    @Column(name = "category_note")
    private String categoryNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> needs = new ArrayList<>();

    @Column(name = "needs_note")
    private String needsNote;

    @Column(name = "entered_on")
    private LocalDate enteredOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "left_reason")
    private String leftReason;

    @Version
    private Long version;

    protected MenteeEntry() {}

    MenteeEntry(OrganisationId organisation, PersonId person, MenteeRequest request, LocalDate today) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.enteredOn = today;
        update(request);
    }

    /** A change of the request as the editor read it ({@code readVersion}): refused if it was saved since. */
    void update(MenteeRequest request, Long readVersion) {
        StaleVersionException.check(readVersion, version());
        update(request);
    }

    void update(MenteeRequest request) {
        if (leftOn != null) {
            throw InvalidInputException.of("status", "bank.entry.left");
        }
        checkRequest(request);
        this.category = request.category();
        this.categoryNote = request.categoryNote();
        this.needs = new ArrayList<>(request.needs());
        this.needsNote = request.needsNote();
    }

    /** What a request needs whoever it is for: a note to the category «other», a need named or described. */
    static void checkRequest(MenteeRequest request) {
        if (request.category() == MenteeCategory.OTHER
                && (request.categoryNote() == null || request.categoryNote().isBlank())) {
            throw InvalidInputException.of("categoryNote", "bank.category.noteRequired");
        }
        if (request.needs().isEmpty()
                && (request.needsNote() == null || request.needsNote().isBlank())) {
            throw InvalidInputException.of("needs", "bank.needs.required");
        }
    }

    boolean leave(LocalDate on, String reason) {
        if (reason != null && reason.length() > 300) {
            throw InvalidInputException.of("reason", "bank.leaveReason.tooLong");
        }
        if (leftOn != null) {
            return false;
        }
        leftOn = on;
        leftReason = reason;
        return true;
    }

    /** The curator returns a mentee who left (e.g. her programme completed): a new stay with the same request. */
    MenteeEntry returned(LocalDate today) {
        if (leftOn == null) {
            throw InvalidInputException.of("personId", "bank.mentee.stillInBank");
        }
        return new MenteeEntry(
                organisation(),
                person(),
                new MenteeRequest(personId.toString(), category, categoryNote, needs, needsNote),
                today);
    }

    PersonId person() {
        return new PersonId(personId);
    }

    long version() {
        return version == null ? 0 : version;
    }

    MenteeView view(String fullName) {
        return new MenteeView(
                id,
                new PersonId(personId),
                organisation(),
                fullName,
                category,
                categoryNote,
                List.copyOf(needs),
                needsNote,
                enteredOn,
                leftOn,
                leftReason,
                version());
    }
}
