package ru.nastavnik.publishing.channels;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.publishing.internal.PublicDocumentFiles;
import ru.nastavnik.publishing.internal.PublicDocumentView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;

/**
 * A document's post: the file is made at the moment of sending from what the section shows then, posted by
 * sendDocument or VK's docs upload; a document no longer shown is not sent, a file larger than the service takes
 * fails.
 */
@Component
class DocumentDispatch implements Dispatch {

    private final Map<ChannelKind, DocumentClient> clients;
    private final PublicDocumentFiles files;
    private final PublicBaseUrl baseUrl;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    DocumentDispatch(
            List<DocumentClient> clients,
            PublicDocumentFiles files,
            PublicBaseUrl baseUrl,
            JdbcTemplate jdbc,
            MessageSource messages) {
        this.clients = clients.stream().collect(Collectors.toMap(DocumentClient::kind, Function.identity()));
        this.files = files;
        this.baseUrl = baseUrl;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Outbox.Subject subject() {
        return Outbox.Subject.DOCUMENT;
    }

    @Override
    public Ready prepare(Outbox.Row row) {
        Optional<PublicDocumentView> shown = files.of(row.document())
                .filter(s -> s.shown() == PublicDocumentFiles.Shown.SHOWN)
                .map(PublicDocumentFiles.State::document);
        Post post = shown.flatMap(this::compose)
                .orElseThrow(() -> new Refused(DeliveryStatus.CANCELLED, "publishingDocuments.error.notShown"));
        if (post.photo().bytes().length > client(row.kind()).limit()) {
            throw new Refused(DeliveryStatus.FAILED, "publishingDocuments.error.tooLarge");
        }
        return new Ready(post, null, PublicDocumentFiles.digest(shown.get()));
    }

    @Override
    public ChannelClient.Sent send(Channel channel, Post post, UUID delivery) {
        return client(channel.kind()).send(channel, post, delivery);
    }

    DocumentClient client(ChannelKind kind) {
        return clients.get(kind);
    }

    /** The post: the heading and title as the caption, the link to the document's page, the PDF as the file. */
    Optional<Post> compose(PublicDocumentView document) {
        return slug(document.organisationId()).map(slug -> {
            PublicDocumentFiles.File file = files.file(document);
            return new Post(
                    files.heading(document),
                    document.title(),
                    messages.getMessage("publishingDocuments.post.more", null, PostComposer.RUSSIAN),
                    baseUrl.of("/o/" + slug + "/nastavnichestvo/documents/" + document.id()),
                    new Post.Photo(document.id(), file.pdf(), "application/pdf", file.name()));
        });
    }

    private Optional<String> slug(OrganisationId organisation) {
        return jdbc
                .queryForList(
                        "select slug from publishing_site where organisation_id = ?",
                        String.class,
                        organisation.value())
                .stream()
                .findFirst();
    }
}
