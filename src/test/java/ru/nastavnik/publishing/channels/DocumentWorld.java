package ru.nastavnik.publishing.channels;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.internal.RegulationOrders;
import ru.nastavnik.publishing.internal.DocumentMode;
import ru.nastavnik.publishing.internal.DocumentPart;
import ru.nastavnik.publishing.internal.PublicDocumentView;
import ru.nastavnik.publishing.internal.PublicDocuments;

/** The channels world's school with its Regulation approved by order № 12-о of 01.09.2026 and shown as asked. */
@Component
class DocumentWorld {

    private final RegulationOrders regulations;
    private final OrderRegister orders;
    private final PublicDocuments documents;

    DocumentWorld(RegulationOrders regulations, OrderRegister orders, PublicDocuments documents) {
        this.regulations = regulations;
        this.orders = orders;
        this.documents = documents;
    }

    OrderView regulation(ChannelsWorld.World w, String number, LocalDate date) {
        OrderView order = regulations.draftRegulation(w.curator(), w.school(), null, "Смирнову Ольгу Викторовну");
        return orders.register(
                w.curator(),
                order.id(),
                number,
                date,
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
    }

    OrderView regulation(ChannelsWorld.World w) {
        return regulation(w, "12-о", LocalDate.of(2026, 9, 1));
    }

    PublicDocumentView show(ChannelsWorld.World w, OrderView order, DocumentPart part, DocumentMode mode) {
        return documents.choose(w.curator(), w.school(), order.id(), part, mode);
    }
}
