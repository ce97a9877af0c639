package ru.nastavnik.mentorship.internal;

import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.StoredFileId;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.OrderScans;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The signed scans of registered orders, downloaded from the register under the order's name; each download audited. */
@Service
@Transactional(readOnly = true)
public class OrderScanFiles implements OrderScans {

    private final OrderRepository orders;
    private final StoredFiles files;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    OrderScanFiles(
            OrderRepository orders, StoredFiles files, ApplicationEventPublisher events, MessageSource messages) {
        this.messages = messages;
        this.orders = orders;
        this.files = files;
        this.events = events;
    }

    /** The signed scan, for the register's download link. */
    public DocumentFile scan(NastavnikPrincipal caller, UUID id) {
        MentorshipOrder order = managed(caller, id);
        if (order.scan() == null) {
            throw new NotFoundException();
        }
        events.publishEvent(new AuditEvent(
                order.organisation(), AuditAction.DOWNLOAD, "MentorshipOrder", order.id(), "скан приказа"));
        return fileOf(order);
    }

    /** The scan under the order's name: «Приказ № 12-о от 01.09.2026 об утверждении … — скан.pdf». */
    DocumentFile fileOf(MentorshipOrder order) {
        StoredFileId file = new StoredFileId(order.scan());
        // «Приказ № 12-о от 01.09.2026 об утверждении … — скан.pdf», the type the scan was recognised as
        String extension = DocumentFileNames.extension(
                files.info(order.organisation(), file).contentType());
        String name = DocumentFileNames.order(order.view(), extension, messages);
        return new DocumentFile(
                messages.getMessage(
                        "house.file.orderScan",
                        new Object[] {name.substring(0, name.length() - extension.length() - 1), extension},
                        java.util.Locale.forLanguageTag("ru")),
                files.read(order.organisation(), file));
    }

    /** The scan's file extension (its type recognised by content), without reading the file. */
    public String scanExtension(NastavnikPrincipal caller, UUID id) {
        MentorshipOrder order = managed(caller, id);
        if (order.scan() == null) {
            throw new NotFoundException();
        }
        return DocumentFileNames.extension(
                files.info(order.organisation(), new StoredFileId(order.scan())).contentType());
    }

    private MentorshipOrder managed(NastavnikPrincipal caller, UUID id) {
        MentorshipOrder order = orders.findById(id).orElseThrow(NotFoundException::new);
        PairManagement.check(caller, order.organisation());
        return order;
    }
}
