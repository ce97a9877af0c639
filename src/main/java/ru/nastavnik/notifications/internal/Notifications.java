package ru.nastavnik.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A signed-in user's notifications: her own only (another's is not found). Not audited as reads of personal data:
 * they are the letters written to her, which name no one she may not see (the letters are addressed to her already).
 */
@Service
@Transactional
public class Notifications {

    /** How many the list shows: the latest; older ones stay, as letters do in a mailbox. */
    public static final int SHOWN = 100;

    /** Up to this the header counts the unread exactly. */
    public static final int COUNTED = 99;

    private final NotificationRepository notices;
    private final Clock clock;

    Notifications(NotificationRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NotificationView> latest(NastavnikPrincipal me) {
        return notices.latest(me.id().value(), PageRequest.of(0, SHOWN)).stream()
                .map(Notification::view)
                .toList();
    }

    /** Her unread, counted up to {@link #COUNTED} + 1. */
    @Transactional(readOnly = true)
    public long unread(NastavnikPrincipal me) {
        return notices.unread(me.id().value(), COUNTED + 1);
    }

    /** Marks it read and answers where it leads (her list when it leads nowhere). */
    public String open(NastavnikPrincipal me, UUID id) {
        Notification notice = notices.findById(id)
                .filter(n -> n.userId().equals(me.id().value()))
                .orElseThrow(NotFoundException::new);
        notice.read(clock.instant());
        String link = notice.link();
        // only a path on this system (kept so by the listener; checked again before a redirect)
        return link == null || !link.startsWith("/") || link.startsWith("//") ? "/notifications" : link;
    }

    public void readAll(NastavnikPrincipal me) {
        notices.readAll(me.id().value(), clock.instant());
    }
}
