package ru.nastavnik.consent.internal;

import jakarta.validation.Validator;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentReads;
import ru.nastavnik.consent.ConsentScans;
import ru.nastavnik.consent.ConsentStatus;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.StoredFileInfo;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.organisation.SchoolDays;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffRestrictions;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.Validation;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Requests, records and withdraws consents (what is read of them is {@link ConsentReads}'s). Only an organisation's director and curator handle them: consents
 * are personal data, and after a withdrawal no one else may see the person at all. Whether a consent is valid
 * today is {@link ValidConsents}'s; how long data is kept after a withdrawal, {@link ConsentRetention}'s; a signed
 * scan is read back by {@link ConsentScans}.
 */
@Service
@Transactional
class ConsentRegistry implements ConsentManagement {

    static final String SUBJECT = "Consent";
    static final Set<FileType> SCAN_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);

    private final ConsentRepository consents;
    private final ConsentSettingsRepository settings;
    private final ConsentQueries reads;
    private final StaffRestrictions restrictions;
    private final StoredFiles files;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final Clock clock;
    private final SchoolDates dates;

    ConsentRegistry(
            ConsentRepository consents,
            ConsentSettingsRepository settings,
            ConsentQueries reads,
            StaffRestrictions restrictions,
            StoredFiles files,
            ApplicationEventPublisher events,
            Validator validator,
            SchoolDates dates,
            Clock clock) {
        this.consents = consents;
        this.settings = settings;
        this.reads = reads;
        this.restrictions = restrictions;
        this.files = files;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
        this.dates = dates;
    }

    /** Marks the people as asked to consent (their forms get printed); those with an open consent are skipped. */
    public List<ConsentView> request(
            NastavnikPrincipal caller, OrganisationId organisation, List<PersonId> people, ConsentPurpose purpose) {
        check(caller, organisation);
        List<ConsentView> requested = new ArrayList<>();
        for (PersonId person : people) {
            reads.requirePerson(caller, organisation, person);
            if (consents.findOpen(person.value(), purpose).isEmpty()) {
                Consent consent = consents.save(
                        new Consent(organisation, person, purpose, ConsentTexts.version(purpose), Instant.now(clock)));
                requested.add(consent.view());
            }
        }
        return requested;
    }

    public ConsentView recordGiven(NastavnikPrincipal caller, OrganisationId organisation, GiveConsent command) {
        check(caller, organisation);
        Validation.check(validator, command);
        PersonId person = personId(command.personId());
        reads.requirePerson(caller, organisation, person);
        Consent consent = consents.findOpen(person.value(), command.purpose())
                .orElseGet(() -> new Consent(
                        organisation,
                        person,
                        command.purpose(),
                        ConsentTexts.version(command.purpose()),
                        Instant.now(clock)));
        if (consent.status() == ConsentStatus.GIVEN) {
            throw InvalidInputException.of("purpose", "consent.alreadyGiven");
        }
        // one person's consent may be an earlier paper one, signed before today's form: its own date stands
        given(
                consent,
                consent.give(
                        command.givenOn(),
                        command.validUntil(),
                        command.publishedItems(),
                        command.scope(),
                        dates.today(organisation),
                        false));
        audit(consent, AuditAction.CONSENT, "получено согласие: " + command.purpose());
        return consent.view();
    }

    /** What follows a consent given, once it is certain to be kept: the processing it allows may start. */
    void given(Consent consent, ConsentGiven given) {
        consents.save(consent);
        if (consent.purpose() == ConsentPurpose.PERSONAL_DATA) {
            restrictions.lift(consent.organisation(), consent.person());
        }
        events.publishEvent(given);
    }

    /** The signed form and its scan in one step: a scan that is refused leaves no half-recorded consent. */
    public ConsentView recordGivenWithScan(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            GiveConsent command,
            InputStream scan,
            String originalName) {
        ConsentView given = recordGiven(caller, organisation, command);
        return scan == null ? given : attachScan(caller, organisation, given.id(), scan, originalName);
    }

    public ConsentView attachScan(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            ConsentId id,
            InputStream content,
            String originalName) {
        Consent consent = load(caller, organisation, id);
        StoredFileInfo scan =
                files.store(organisation, "consent-scan", content, originalName, SCAN_TYPES, files.maxScanBytes());
        consent.attachScan(scan.id());
        audit(consent, AuditAction.CONSENT, "загружен скан согласия: " + consent.purpose());
        return consent.view();
    }

    public ConsentView withdraw(
            NastavnikPrincipal caller, OrganisationId organisation, ConsentId id, LocalDate on, String reason) {
        Consent consent = load(caller, organisation, id);
        ConsentWithdrawn withdrawn = consent.withdraw(on, reason, dates.today(organisation));
        stopProcessing(consent, withdrawn);
        audit(consent, AuditAction.CONSENT, "отзыв согласия: " + consent.purpose());
        return consent.view();
    }

    /**
     * Consents given for a term end by themselves; the effect is that of a withdrawal. Returns nothing: a node that
     * finds the job locked by another skips it, and a skipped call has no count to give.
     */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT6H")
    @SchedulerLock(name = "consent-expiry")
    public void expireDue() {
        // every school by its own date: candidates by the latest date any school is on, then each by its own
        SchoolDays today = dates.everywhere();
        for (Consent consent : consents.findDueToExpire(today.latest())) {
            ConsentWithdrawn expired = consent.expireIfDue(today.of(consent.organisation()));
            if (expired != null) {
                stopProcessing(consent, expired);
            }
        }
    }

    private void stopProcessing(Consent consent, ConsentWithdrawn withdrawn) {
        if (consent.purpose() == ConsentPurpose.PERSONAL_DATA) {
            int days = settings.findById(consent.organisation().value())
                    .map(ConsentSettings::retentionDays)
                    .orElse(ConsentSettings.DEFAULT_RETENTION_DAYS);
            restrictions.restrict(
                    consent.organisation(),
                    consent.person(),
                    withdrawn.withdrawnOn().plusDays(days));
        }
        events.publishEvent(withdrawn);
    }

    private Consent load(NastavnikPrincipal caller, OrganisationId organisation, ConsentId id) {
        check(caller, organisation);
        return consents.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
    }

    static void check(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
    }

    private static PersonId personId(String value) {
        try {
            return PersonId.of(value);
        } catch (NotFoundException e) {
            throw InvalidInputException.of("personId", "consent.personId.required");
        }
    }

    private void audit(Consent consent, AuditAction action, String details) {
        events.publishEvent(new AuditEvent(
                consent.organisation(), action, SUBJECT, consent.person().value(), details));
    }
}
