package ru.nastavnik.mentorship.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.OwnDocument;
import ru.nastavnik.documents.OwnDocumentsSource;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A teacher's copies of the registered orders that name her pairs (she was made acquainted with them under her
 * signature): their signed scans, listed on her «Мои данные» page and downloaded by her alone; each download audited.
 * The drafts the school prints are the employer's working papers, not hers.
 */
@Service
@Transactional(readOnly = true)
public class OwnOrderScans implements OwnDocumentsSource {

    private final OrderRepository orders;
    private final MentorshipRepository pairs;
    private final StaffAccounts accounts;
    private final OrderScanFiles scans;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    OwnOrderScans(
            OrderRepository orders,
            MentorshipRepository pairs,
            StaffAccounts accounts,
            OrderScanFiles scans,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.orders = orders;
        this.pairs = pairs;
        this.accounts = accounts;
        this.scans = scans;
        this.events = events;
        this.messages = messages;
    }

    @Override
    public List<OwnDocument> documentsOf(NastavnikPrincipal owner) {
        return naming(owner).stream()
                .map(o -> new OwnDocument(
                        DocumentFileNames.order(o.view(), "x", messages).replaceFirst("\\.x$", ""),
                        o.view().orderDate(),
                        "/mentorship/my/orders/" + o.id() + "/scan"))
                .toList();
    }

    /** The signed scan of a registered order that names one of her pairs; any other order is not found. */
    public DocumentFile scan(NastavnikPrincipal owner, UUID id) {
        MentorshipOrder order = naming(owner).stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        events.publishEvent(new AuditEvent(
                order.organisation(),
                AuditAction.DOWNLOAD,
                "MentorshipOrder",
                order.id(),
                "скан приказа: копия названному в нём педагогу"));
        return scans.fileOf(order);
    }

    private List<MentorshipOrder> naming(NastavnikPrincipal owner) {
        PersonId person = accounts.ownId(owner).orElse(null);
        if (person == null) {
            return List.of();
        }
        List<UUID> hers =
                pairs.allWith(person.value()).stream().map(Mentorship::id).toList();
        return hers.isEmpty() ? List.of() : orders.registeredWithScanNaming(hers);
    }
}
