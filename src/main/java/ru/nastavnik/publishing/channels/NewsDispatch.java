package ru.nastavnik.publishing.channels;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A news item's post: its title, text and first photo as {@link PostComposer} makes them, consent checked then. */
@Component
class NewsDispatch implements Dispatch {

    private final PostComposer composer;
    private final Map<ChannelKind, ChannelClient> clients;

    NewsDispatch(PostComposer composer, List<ChannelClient> clients) {
        this.composer = composer;
        this.clients = clients.stream().collect(Collectors.toMap(ChannelClient::kind, Function.identity()));
    }

    @Override
    public Outbox.Subject subject() {
        return Outbox.Subject.NEWS;
    }

    @Override
    public Ready prepare(Outbox.Row row) {
        try {
            Post post = composer.compose(row.publication(), row.kind());
            return new Ready(post, post.photoId(), null);
        } catch (PostComposer.NotPublic notPublic) {
            throw new Refused(DeliveryStatus.CANCELLED, "channels.error.notPublic");
        }
    }

    @Override
    public ChannelClient.Sent send(Channel channel, Post post, UUID delivery) {
        return clients.get(channel.kind()).send(channel, post, delivery);
    }
}
