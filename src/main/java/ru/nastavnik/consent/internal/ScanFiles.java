package ru.nastavnik.consent.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentScans;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The signed consent's scan, downloaded by the director or curator of the person's organisation; each download audited. */
@Service
@Transactional
class ScanFiles implements ConsentScans {

    private final ConsentRepository consents;
    private final StoredFiles files;
    private final ApplicationEventPublisher events;
    private final ru.nastavnik.people.StaffAccounts accounts;

    ScanFiles(
            ConsentRepository consents,
            StoredFiles files,
            ApplicationEventPublisher events,
            ru.nastavnik.people.StaffAccounts accounts) {
        this.accounts = accounts;
        this.consents = consents;
        this.files = files;
        this.events = events;
    }

    public ScanDownload scan(NastavnikPrincipal caller, OrganisationId organisation, ConsentId id) {
        ConsentRegistry.check(caller, organisation);
        Consent consent =
                consents.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
        if (consent.scan() == null) {
            throw new NotFoundException();
        }
        events.publishEvent(new AuditEvent(
                consent.organisation(),
                AuditAction.DOWNLOAD,
                ConsentRegistry.SUBJECT,
                consent.person().value(),
                "скан согласия: " + consent.purpose()));
        return new ScanDownload(files.info(organisation, consent.scan()), files.open(organisation, consent.scan()));
    }

    /**
     * The signed-in teacher's own consent's scan, from her «Мои данные» page: a copy of what she signed (152-ФЗ
     * art. 14). Another person's consent does not exist for her.
     */
    public ScanDownload ownScan(NastavnikPrincipal caller, ConsentId id) {
        ru.nastavnik.people.PersonId own = accounts.ownId(caller).orElseThrow(NotFoundException::new);
        Consent consent = consents.findById(id.value())
                .filter(c -> c.person().equals(own) && c.scan() != null)
                .orElseThrow(NotFoundException::new);
        events.publishEvent(new AuditEvent(
                consent.organisation(),
                AuditAction.DOWNLOAD,
                ConsentRegistry.SUBJECT,
                consent.person().value(),
                "скан собственного согласия: " + consent.purpose()));
        return new ScanDownload(
                files.info(consent.organisation(), consent.scan()), files.open(consent.organisation(), consent.scan()));
    }

    /** The scan's extension by the type recognised on upload, without reading the file. */
    public String scanExtension(NastavnikPrincipal caller, OrganisationId organisation, ConsentId id) {
        ConsentRegistry.check(caller, organisation);
        Consent consent =
                consents.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
        if (consent.scan() == null) {
            throw new NotFoundException();
        }
        String type = files.info(organisation, consent.scan()).contentType();
        return java.util.Arrays.stream(ru.nastavnik.documents.FileType.values())
                .filter(t -> t.contentType().equals(type))
                .map(ru.nastavnik.documents.FileType::extension)
                .findFirst()
                .orElse("pdf");
    }
}
