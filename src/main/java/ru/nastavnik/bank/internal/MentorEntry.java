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
import ru.nastavnik.bank.MentorProfile;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.StaleVersionException;

/** A teacher's stay in the mentor bank: what they can help with, how many mentees they take, their training. */
@Entity
@Table(name = "bank_mentor")
class MentorEntry extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "person_id")
    private UUID personId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> competences = new ArrayList<>();

    private String achievements;

    private int capacity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preferred_forms")
    private List<String> preferredForms = new ArrayList<>();

    private String availability;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_status")
    private TrainingStatus trainingStatus;

    /** When she became trained: the day she completed the mentor course, or the day a curator marked her so. */
    @Column(name = "trained_on")
    private LocalDate trainedOn;

    @Column(name = "shared_bank")
    private boolean sharedBank;

    @Column(name = "entered_on")
    private LocalDate enteredOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "left_reason")
    private String leftReason;

    @Version
    private Long version;

    protected MentorEntry() {}

    MentorEntry(OrganisationId organisation, PersonId person, LocalDate today) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.enteredOn = today;
        this.trainingStatus = TrainingStatus.NOT_TRAINED;
    }

    /**
     * Capacity within the organisation's maximum; the shared bank only with the person's separate consent. Marked
     * trained by this change, her day of training is {@code today}; the answer says whether she became trained.
     */
    boolean update(MentorRequest request, int capacity, int maxCapacity, boolean sharedBankConsent, LocalDate today) {
        if (leftOn != null) {
            throw InvalidInputException.of("status", "bank.entry.left");
        }
        checkProfile(request, capacity, maxCapacity);
        if (request.sharedBank() && !sharedBankConsent) {
            throw InvalidInputException.of("sharedBank", "bank.sharedBank.noConsent");
        }
        this.competences = new ArrayList<>(request.competences());
        this.achievements = request.achievements();
        this.capacity = capacity;
        this.preferredForms = new ArrayList<>(request.preferredForms());
        this.availability = request.availability();
        this.sharedBank = request.sharedBank();
        return train(request.trainingStatus() == null ? trainingStatus : request.trainingStatus(), today);
    }

    /** A change of the profile as the editor read it ({@code readVersion}): refused if it was saved since. */
    boolean update(
            MentorRequest request,
            int capacity,
            int maxCapacity,
            boolean sharedBankConsent,
            LocalDate today,
            Long readVersion) {
        StaleVersionException.check(readVersion, version());
        return update(request, capacity, maxCapacity, sharedBankConsent, today);
    }

    /** What a profile needs whoever it is for: a competence, a capacity within the organisation's maximum. */
    static void checkProfile(MentorRequest request, int capacity, int maxCapacity) {
        if (request.competences().isEmpty()) {
            throw InvalidInputException.of("competences", "bank.competences.required");
        }
        if (capacity < 1 || capacity > maxCapacity) {
            throw InvalidInputException.of("capacity", "bank.capacity.range", maxCapacity);
        }
    }

    /**
     * The mentor's training as it stands now, {@code on} that day; the rest of the profile is left as it is. Trained
     * again, she keeps the first date; no longer trained, she has none. The answer says whether she became trained.
     */
    boolean train(TrainingStatus status, LocalDate on) {
        if (leftOn != null) {
            throw InvalidInputException.of("status", "bank.entry.left");
        }
        if (status == null) {
            throw InvalidInputException.of("trainingStatus", "bank.training.required");
        }
        boolean was = trainedOn != null;
        trainedOn = status != TrainingStatus.TRAINED ? null : trainedOn != null ? trainedOn : on;
        trainingStatus = status;
        return !was && trainedOn != null;
    }

    /** The day she became trained, or {@code null}. */
    LocalDate trainedOn() {
        return trainedOn;
    }

    void leaveSharedBank() {
        sharedBank = false;
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
        sharedBank = false;
        return true;
    }

    boolean sharedBank() {
        return sharedBank;
    }

    UUID id() {
        return id;
    }

    PersonId person() {
        return new PersonId(personId);
    }

    long version() {
        return version == null ? 0 : version;
    }

    MentorView view(MentorProfile profile, int load) {
        return new MentorView(
                id,
                new PersonId(personId),
                organisation(),
                profile,
                List.copyOf(competences),
                achievements,
                capacity,
                List.copyOf(preferredForms),
                availability,
                trainingStatus,
                trainedOn,
                sharedBank,
                enteredOn,
                leftOn,
                leftReason,
                leftOn == null ? load : 0,
                version());
    }
}
