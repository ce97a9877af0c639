package ru.nastavnik.consent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentStatus;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.consent.DistributionScope;
import ru.nastavnik.consent.DistributionScopeNarrowed;
import ru.nastavnik.documents.StoredFileId;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * One consent of one person for one purpose: requested (the form is printed), given (signed, with the date
 * and, once uploaded, the scan the operator keeps as proof), then withdrawn or expired.
 */
@Entity
@Table(name = "consent")
class Consent extends OrganisationOwned {

    private static final ZoneId FORM_ZONE = java.time.ZoneOffset.UTC;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Id
    private UUID id;

    @Column(name = "person_id")
    private UUID personId;

    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    @Enumerated(EnumType.STRING)
    private ConsentStatus status;

    @Column(name = "text_version")
    private String textVersion;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "given_on")
    private LocalDate givenOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Column(name = "scan_file_id")
    private UUID scanFileId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "published_items")
    private List<String> publishedItems = new ArrayList<>();

    @jakarta.persistence.Embedded
    private RecordedScope distribution = new RecordedScope();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private Long version;

    protected Consent() {}

    Consent(OrganisationId organisation, PersonId person, ConsentPurpose purpose, String textVersion, Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.purpose = purpose;
        this.status = ConsentStatus.REQUESTED;
        this.textVersion = textVersion;
        this.requestedAt = now;
        this.createdAt = now;
    }

    ConsentGiven give(LocalDate on, LocalDate until, List<String> items, LocalDate today) {
        return give(on, until, items, null, today, false);
    }

    ConsentGiven give(LocalDate on, LocalDate until, List<String> items, LocalDate today, boolean onIssuedForm) {
        return give(on, until, items, null, today, onIssuedForm);
    }

    /**
     * Marks the consent given on {@code on}. A form the school issued ({@code onIssuedForm}) cannot have been signed
     * before the day it was issued: such a date is a slip of the pen (a wrong month or year), not a fact.
     */
    ConsentGiven give(
            LocalDate on,
            LocalDate until,
            List<String> items,
            DistributionScope scope,
            LocalDate today,
            boolean onIssuedForm) {
        if (status != ConsentStatus.REQUESTED) {
            throw InvalidInputException.of("status", "consent.transition.give", statusName());
        }
        if (on == null || on.isAfter(today)) {
            throw InvalidInputException.of("givenOn", "consent.givenOn.invalid");
        }
        if (onIssuedForm && on.isBefore(formIssuedOn())) {
            throw InvalidInputException.of("givenOn", "consent.givenOn.beforeForm", DATE.format(formIssuedOn()));
        }
        if (until != null && !until.isAfter(on)) {
            throw InvalidInputException.of("validUntil", "consent.validUntil.invalid");
        }
        if (purpose == ConsentPurpose.PUBLICATION && (items == null || items.isEmpty())) {
            throw InvalidInputException.of("publishedItems", "consent.publishedItems.required");
        }
        if (purpose == ConsentPurpose.PUBLICATION) {
            (scope == null ? new DistributionScope(null, null) : scope).requireComplete();
            setScope(scope);
        }
        status = ConsentStatus.GIVEN;
        givenOn = on;
        validUntil = until;
        publishedItems = items == null ? new ArrayList<>() : new ArrayList<>(items);
        return new ConsentGiven(organisation(), id(), person(), purpose, on);
    }

    /**
     * She may at any time demand that distribution of some of her data stop (152-ФЗ art. 10.1 part 12); allowing more
     * than she signed for needs a new signed form, so a change may only narrow the scope, never widen it.
     */
    DistributionScopeNarrowed narrow(DistributionScope to) {
        if (purpose != ConsentPurpose.PUBLICATION) {
            throw InvalidInputException.of("purpose", "consentScope.notDistribution");
        }
        if (status != ConsentStatus.GIVEN) {
            throw InvalidInputException.of("status", "consentScope.notGiven", statusName());
        }
        DistributionScope scope = (to == null ? new DistributionScope(null, null) : to).requireComplete();
        if (!scope.within(scope())) {
            throw InvalidInputException.of("distributionKinds", "consentScope.widening");
        }
        if (scope.equals(scope())) {
            throw InvalidInputException.of("distributionKinds", "consentScope.unchanged");
        }
        setScope(scope);
        return new DistributionScopeNarrowed(organisation(), id(), person(), scope);
    }

    DistributionScope scope() {
        return distribution == null ? new DistributionScope(null, null) : distribution.scope();
    }

    private void setScope(DistributionScope scope) {
        distribution = new RecordedScope(scope);
    }

    void attachScan(StoredFileId scan) {
        requireScannable();
        scanFileId = scan.value();
    }

    /** A scan is kept of a form issued or signed; of a consent withdrawn or expired the record is closed. */
    void requireScannable() {
        if (status != ConsentStatus.REQUESTED && status != ConsentStatus.GIVEN) {
            throw InvalidInputException.of("status", "consent.transition.scan", statusName());
        }
    }

    /**
     * A withdrawal takes effect on its date; 152-ФЗ lets the subject withdraw at any time, without reason. Only a
     * consent given can be withdrawn: a form printed (requested) is no consent, and withdrawing it would stop a
     * processing that never rested on it.
     */
    ConsentWithdrawn withdraw(LocalDate on, String reason, LocalDate today) {
        if (status == ConsentStatus.REQUESTED) {
            throw InvalidInputException.of("status", "consent.withdraw.notGiven");
        }
        if (status != ConsentStatus.GIVEN) {
            throw InvalidInputException.of("status", "consent.transition.withdraw", statusName());
        }
        if (on == null || on.isAfter(today) || (givenOn != null && on.isBefore(givenOn))) {
            throw InvalidInputException.of("withdrawnOn", "consent.withdrawnOn.invalid");
        }
        if (reason != null && reason.length() > 1000) {
            throw InvalidInputException.of("reason", "consent.reason.tooLong");
        }
        status = ConsentStatus.WITHDRAWN;
        withdrawnOn = on;
        withdrawalReason = reason == null || reason.isBlank() ? null : reason.strip();
        return new ConsentWithdrawn(organisation(), id(), person(), purpose, on);
    }

    /** A consent given for a term ends by itself when the term is over. */
    ConsentWithdrawn expireIfDue(LocalDate today) {
        if (status != ConsentStatus.GIVEN || validUntil == null || !validUntil.isBefore(today)) {
            return null;
        }
        status = ConsentStatus.EXPIRED;
        return new ConsentWithdrawn(organisation(), id(), person(), purpose, validUntil);
    }

    boolean validOn(LocalDate day) {
        return status == ConsentStatus.GIVEN
                && !givenOn.isAfter(day)
                && (validUntil == null || !validUntil.isBefore(day));
    }

    /**
     * The day the form was issued, in UTC: every Russian zone is east of it, so no school's own date of issue is
     * earlier than this one and no form signed the day it was issued is refused.
     */
    LocalDate formIssuedOn() {
        return LocalDate.ofInstant(requestedAt, FORM_ZONE);
    }

    private DefaultMessageSourceResolvable statusName() {
        return new DefaultMessageSourceResolvable(status.messageKey());
    }

    ConsentId id() {
        return new ConsentId(id);
    }

    PersonId person() {
        return new PersonId(personId);
    }

    ConsentPurpose purpose() {
        return purpose;
    }

    ConsentStatus status() {
        return status;
    }

    StoredFileId scan() {
        return scanFileId == null ? null : new StoredFileId(scanFileId);
    }

    ConsentView view() {
        return new ConsentView(
                id(),
                organisation(),
                person(),
                purpose,
                status,
                textVersion,
                requestedAt,
                givenOn,
                validUntil,
                withdrawnOn,
                withdrawalReason,
                scanFileId != null,
                List.copyOf(publishedItems),
                purpose == ConsentPurpose.PUBLICATION ? scope() : null);
    }
}
