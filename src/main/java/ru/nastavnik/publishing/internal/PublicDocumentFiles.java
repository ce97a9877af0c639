package ru.nastavnik.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.mentorship.RegulationVersions;
import ru.nastavnik.shared.OrganisationId;

/**
 * A document of the public section as a file for the school's channels: the PDF of exactly the text the section
 * shows (names removed as the curator chose, or after a withdrawn consent), never of a document it does not show.
 * No caller: the outbox asks at the moment of sending; the curator's rights are checked by whoever asks first.
 */
@Service
@Transactional(readOnly = true)
public class PublicDocumentFiles {

    /** Whether the section shows the document now; {@code document}: as it is, whatever the answer. */
    public enum Shown {
        SHOWN,
        HIDDEN,
        /** A newer Regulation was approved: the older Regulation and roadmap left the section (issue 17). */
        REPLACED
    }

    public record State(PublicDocumentView document, Shown shown) {}

    public record File(String name, byte[] pdf) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PublicDocumentRepository documents;
    private final RegulationVersions versions;
    private final MessageSource messages;

    PublicDocumentFiles(PublicDocumentRepository documents, RegulationVersions versions, MessageSource messages) {
        this.documents = documents;
        this.versions = versions;
        this.messages = messages;
    }

    /** The organisation's document, shown or not; another organisation's or none → empty. */
    public Optional<State> of(OrganisationId organisation, UUID id) {
        return documents
                .findById(id)
                .filter(d -> d.organisation().equals(organisation))
                .map(this::state);
    }

    public Optional<State> of(UUID id) {
        return documents.findById(id).map(this::state);
    }

    private State state(PublicDocument document) {
        if (document.mode() == DocumentMode.HIDDEN) {
            return new State(document.view(), Shown.HIDDEN);
        }
        // as PublicDocuments shows it: an order always, the Regulation and roadmap only of the approval in force
        UUID approving =
                versions.currentApprovalOrders(List.of(document.organisation())).get(document.organisation());
        boolean inForce =
                document.part() == DocumentPart.ORDER || approving == null || approving.equals(document.orderId());
        return new State(document.view(), inForce ? Shown.SHOWN : Shown.REPLACED);
    }

    /**
     * The people a document's shown text names (none when shown without names), for the consent check of a channel
     * it is sent to: a name shown on the section may go to Telegram or VK only under a consent covering that resource.
     */
    public java.util.Map<ru.nastavnik.people.PersonId, String> namedIn(UUID id) {
        return documents.findById(id).map(PublicDocument::namedInShownText).orElse(java.util.Map.of());
    }

    /** «Приказ № 12-о от 01.09.2026.pdf», «Положение о системе наставничества № 12-о от 01.09.2026.pdf». */
    public String fileName(PublicDocumentView document) {
        return SafeFileName.of(heading(document) + ".pdf", "document.pdf");
    }

    public String heading(PublicDocumentView document) {
        String part = messages.getMessage(document.part().messageKey(), null, PublicHtmlDocx.RUSSIAN);
        String numbered =
                document.number() == null ? part : text("house.publishing.document.numbered", part, document.number());
        return document.date() == null
                ? numbered
                : text("house.publishing.document.dated", numbered, DATE.format(document.date()));
    }

    /** The PDF of the shown text, headed by what the public page heads it with. */
    public File file(PublicDocumentView document) {
        String part = messages.getMessage(document.part().messageKey(), null, PublicHtmlDocx.RUSSIAN);
        String order = messages.getMessage(
                "publishingSite.documents.order",
                new Object[] {
                    document.title(),
                    document.number() == null ? "" : document.number(),
                    document.date() == null ? "" : DATE.format(document.date())
                },
                PublicHtmlDocx.RUSSIAN);
        byte[] docx = PublicHtmlDocx.of(part, order, document.html());
        return new File(fileName(document), PdfRenderer.fromDocx(docx));
    }

    private String text(String key, String... arguments) {
        return messages.getMessage(key, arguments, PublicHtmlDocx.RUSSIAN);
    }

    /** What a sent PDF was made of: once the section shows anything else, the post is outdated. */
    public static String digest(PublicDocumentView document) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((document.title() + "\n" + document.html()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
