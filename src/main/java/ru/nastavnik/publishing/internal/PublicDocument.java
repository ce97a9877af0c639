package ru.nastavnik.publishing.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.web.util.HtmlUtils;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * A registered order (or the Regulation / roadmap it approved) as the public section shows it: the text generated
 * when the curator chose, and the people it names. Names are removed at every read — all of them when shown without
 * personal data, those whose consent was withdrawn when shown with names.
 */
@Entity
@Table(name = "public_document")
class PublicDocument extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "order_id")
    private UUID orderId;

    @Enumerated(EnumType.STRING)
    private DocumentPart part;

    private String title;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "order_date")
    private LocalDate orderDate;

    @Enumerated(EnumType.STRING)
    private DocumentMode mode;

    private String html;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "public_document_person", joinColumns = @JoinColumn(name = "document_id"))
    private List<DocumentPerson> people = new ArrayList<>();

    @Version
    private long version;

    protected PublicDocument() {}

    PublicDocument(
            OrganisationId organisation,
            UUID orderId,
            DocumentPart part,
            String title,
            String number,
            LocalDate date,
            Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.part = part;
        this.title = title;
        this.orderNumber = number;
        this.orderDate = date;
        this.mode = DocumentMode.HIDDEN;
        this.html = "";
        this.updatedAt = now;
    }

    /** Shown as {@code mode} with this text; hidden forgets the text and the names it held. */
    void show(DocumentMode mode, String html, List<DocumentPerson> named, Instant now) {
        this.mode = Objects.requireNonNull(mode);
        this.html = mode == DocumentMode.HIDDEN ? "" : html;
        this.people.clear();
        if (mode != DocumentMode.HIDDEN) {
            this.people.addAll(named);
        }
        this.updatedAt = now;
    }

    /** 152-ФЗ art. 10.1(12): distribution stops on withdrawal — her name leaves the document at the next read. */
    boolean hide(PersonId person, Instant now) {
        boolean changed = false;
        for (DocumentPerson named : people) {
            if (named.personId().equals(person.value()) && !named.hidden()) {
                named.hide();
                changed = true;
            }
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /** The text as the public reads it: the names it may not show replaced by «[имя скрыто]». */
    String shownHtml() {
        List<String> removed = people.stream()
                .filter(p -> mode == DocumentMode.ANONYMISED || p.hidden())
                .flatMap(p -> p.forms().stream())
                .flatMap(f -> Stream.of(f, HtmlUtils.htmlEscape(f, "UTF-8")))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        String text = html;
        for (String form : removed) {
            text = text.replace(form, NamedPerson.HIDDEN_NAME);
        }
        return text;
    }

    UUID id() {
        return id;
    }

    UUID orderId() {
        return orderId;
    }

    DocumentPart part() {
        return part;
    }

    DocumentMode mode() {
        return mode;
    }

    String title() {
        return title;
    }

    List<PersonId> shownPeople() {
        return people.stream()
                .filter(p -> !p.hidden())
                .map(p -> new PersonId(p.personId()))
                .toList();
    }

    /** The people the shown text names, each by the first form of her name: none when shown without names. */
    java.util.Map<PersonId, String> namedInShownText() {
        java.util.Map<PersonId, String> named = new java.util.LinkedHashMap<>();
        if (mode == DocumentMode.NAMED) {
            people.stream()
                    .filter(p -> !p.hidden() && !p.forms().isEmpty())
                    .forEach(p -> named.putIfAbsent(
                            new PersonId(p.personId()), p.forms().get(0)));
        }
        return named;
    }

    PublicDocumentView view() {
        return new PublicDocumentView(
                id,
                organisation(),
                orderId,
                part,
                title,
                orderNumber,
                orderDate,
                mode,
                mode == DocumentMode.HIDDEN ? "" : shownHtml(),
                updatedAt,
                version);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicDocument other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
