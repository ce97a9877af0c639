package ru.nastavnik.consent.internal;

import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.documents.StoredFileInfo;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.AllOrNothing;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Validation;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The consents of many people at once, as a school handles its paper: the signed forms that came back marked
 * received on one day, and one multi-page scan of them cut into each person's pages. All of them or none.
 */
@Service
@Transactional
public class ConsentBatches {

    /** A scan of a whole staff room's forms is larger than one person's scan; the upload limit still holds. */
    static final long MAX_BATCH_SCAN_BYTES = 25L * 1024 * 1024;

    private final ConsentFileNames fileNames;
    private final ConsentRepository consents;
    private final ConsentRegistry management;
    private final StaffManagement staff;
    private final StoredFiles files;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final SchoolDates dates;

    ConsentBatches(
            ConsentRepository consents,
            ConsentRegistry management,
            StaffManagement staff,
            StoredFiles files,
            ApplicationEventPublisher events,
            Validator validator,
            SchoolDates dates,
            ConsentFileNames fileNames) {
        this.fileNames = fileNames;
        this.consents = consents;
        this.management = management;
        this.staff = staff;
        this.files = files;
        this.events = events;
        this.validator = validator;
        this.dates = dates;
    }

    /** Marks the forms issued as signed on one day; if any cannot be, none is, and each refusal names the person. */
    public List<ConsentView> markGiven(NastavnikPrincipal caller, OrganisationId organisation, GiveConsents command) {
        ConsentRegistry.check(caller, organisation);
        Validation.check(validator, command);
        List<Consent> selected = load(organisation, command.consentIds());
        Map<PersonId, String> names = names(caller, organisation, selected);
        LocalDate today = dates.today(organisation);
        AllOrNothing all = new AllOrNothing("consentIds");
        Map<Consent, ConsentGiven> given = new LinkedHashMap<>();
        for (Consent consent : selected) {
            ConsentGiven event = all.attempt(
                    names.get(consent.person()),
                    () -> consent.give(
                            command.givenOn(),
                            command.validUntil(),
                            command.publishedItems(),
                            command.scope(),
                            today,
                            true));
            given.put(consent, event);
        }
        all.requireNone();
        given.forEach(management::given);
        audit(organisation, selected, "получены согласия");
        return selected.stream().map(Consent::view).toList();
    }

    /**
     * Cuts one scanned PDF into the consents' own scans by the pages given for each; pages that overlap, lie past
     * the end or belong to a consent closed are refused, and then no scan is kept.
     */
    public List<ConsentView> attachScanParts(
            NastavnikPrincipal caller, OrganisationId organisation, InputStream content, List<ScanPart> parts) {
        ConsentRegistry.check(caller, organisation);
        if (parts == null || parts.isEmpty()) {
            throw InvalidInputException.of("parts", "consent.split.parts.required");
        }
        List<Consent> selected =
                load(organisation, parts.stream().map(ScanPart::consentId).toList());
        Map<UUID, Consent> byId = new HashMap<>();
        selected.forEach(c -> byId.put(c.id().value(), c));
        Map<PersonId, String> names = names(caller, organisation, selected);
        try (PDDocument scan = read(content)) {
            AllOrNothing all = new AllOrNothing("parts");
            Map<Integer, String> owners = new HashMap<>();
            Map<Consent, BitSet> pages = new LinkedHashMap<>();
            for (ScanPart part : parts) {
                Consent consent = byId.get(ConsentId.of(part.consentId()).value());
                String who = names.get(consent.person());
                if (pages.containsKey(consent)) {
                    all.refuse(who, "consent.split.twice");
                    continue;
                }
                all.attempt(who, () -> {
                    consent.requireScannable();
                    return null;
                });
                BitSet own = all.attempt(who, () -> PageRanges.parse(part.pages(), scan.getNumberOfPages()));
                pages.put(consent, own == null ? new BitSet() : own);
                if (own != null) {
                    own.stream().forEach(page -> {
                        String owner = owners.putIfAbsent(page, who);
                        if (owner != null) {
                            all.refuse(who, "consent.split.pages.overlap", page, owner);
                        }
                    });
                }
            }
            all.requireNone();
            pages.forEach((consent, own) -> {
                StoredFileInfo stored = files.store(
                        organisation,
                        "consent-scan",
                        new ByteArrayInputStream(extract(scan, own)),
                        fileNames.scanPart(names.get(consent.person())),
                        ConsentRegistry.SCAN_TYPES,
                        files.maxScanBytes());
                consent.attachScan(stored.id());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit(organisation, selected, "загружены сканы согласий (один файл по страницам)");
        return selected.stream().map(Consent::view).toList();
    }

    /** The consents by id, in the order given; one of another organisation (or none at all) is not found. */
    private List<Consent> load(OrganisationId organisation, List<String> ids) {
        List<UUID> wanted =
                ids.stream().map(id -> ConsentId.of(id).value()).distinct().toList();
        Map<UUID, Consent> found = new HashMap<>();
        consents.findAllInOrganisation(organisation.value(), wanted).forEach(c -> found.put(c.id().value(), c));
        if (found.size() != wanted.size()) {
            throw new NotFoundException();
        }
        return wanted.stream().map(found::get).toList();
    }

    /** The names refusals give (one query for all); someone who has left the staff is named by the record's id. */
    private Map<PersonId, String> names(
            NastavnikPrincipal caller, OrganisationId organisation, List<Consent> selected) {
        Map<PersonId, StaffView> current = staff.currentAmong(
                caller, organisation, selected.stream().map(Consent::person).toList());
        Map<PersonId, String> names = new HashMap<>();
        selected.forEach(c -> names.put(
                c.person(),
                current.containsKey(c.person())
                        ? current.get(c.person()).data().fullName()
                        : c.person().toString()));
        return names;
    }

    private static PDDocument read(InputStream content) throws IOException {
        byte[] bytes = content == null ? new byte[0] : content.readNBytes((int) MAX_BATCH_SCAN_BYTES + 1);
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", "document.file.empty");
        }
        if (bytes.length > MAX_BATCH_SCAN_BYTES) {
            throw InvalidInputException.of("file", "document.file.tooLarge", MAX_BATCH_SCAN_BYTES / (1024 * 1024));
        }
        try {
            return Loader.loadPDF(bytes);
        } catch (IOException notAPdf) {
            throw InvalidInputException.of("file", "consent.split.notPdf");
        }
    }

    private static byte[] extract(PDDocument scan, BitSet pages) {
        try (PDDocument part = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int page = pages.nextSetBit(0); page >= 0; page = pages.nextSetBit(page + 1)) {
                part.importPage(scan.getPage(page - 1));
            }
            part.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not cut a page range out of a scan", e);
        }
    }

    private void audit(OrganisationId organisation, List<Consent> selected, String details) {
        events.publishEvent(AuditEvent.ofMany(
                organisation,
                AuditAction.CONSENT,
                ConsentRegistry.SUBJECT,
                selected.stream().map(c -> c.person().value()).toList(),
                details));
    }
}
