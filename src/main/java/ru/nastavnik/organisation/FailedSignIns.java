package ru.nastavnik.organisation;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;

/**
 * Failed sign-ins go to the audit log as one entry per login name and window, with their count and addresses,
 * rather than one row each: a flood of guesses would otherwise fill the append-only log. Bounded: past
 * {@link #MAX_NAMES} names in a window the rest are only counted, in one entry of their own.
 */
@Component
class FailedSignIns {

    private static final Logger LOG = LoggerFactory.getLogger(FailedSignIns.class);
    static final int MAX_NAMES = 5_000;
    private static final int MAX_ADDRESSES = 5;
    private static final int MAX_NAME_LENGTH = 100;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Moscow"));

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private Map<String, Tally> pending = new LinkedHashMap<>();
    private int overflow;

    FailedSignIns(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    synchronized void failed(String account, String address) {
        String name = account.length() > MAX_NAME_LENGTH ? account.substring(0, MAX_NAME_LENGTH) + "…" : account;
        Tally tally = pending.get(name);
        if (tally == null) {
            if (pending.size() >= MAX_NAMES) {
                overflow++;
                return;
            }
            tally = new Tally(clock.instant());
            pending.put(name, tally);
        }
        tally.count++;
        tally.last = clock.instant();
        if (tally.addresses.size() < MAX_ADDRESSES) {
            tally.addresses.add(address);
        }
    }

    @PreDestroy
    void flushAtShutdown() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("Failed sign-ins of the last window not written to the audit log at shutdown", e);
        }
    }

    /**
     * Writes the window's entries; runs every {@code nastavnik.sign-in.audit-window} and at shutdown. Not locked
     * across nodes: each node writes the failures it counted itself.
     */
    @Scheduled(
            initialDelayString = "${nastavnik.sign-in.audit-window:PT5M}",
            fixedDelayString = "${nastavnik.sign-in.audit-window:PT5M}")
    void flush() {
        Map<String, Tally> window;
        int others;
        synchronized (this) {
            window = pending;
            others = overflow;
            pending = new LinkedHashMap<>();
            overflow = 0;
        }
        window.forEach((name, t) -> events.publishEvent(new AuditEvent(
                null,
                AuditAction.LOGIN_FAILED,
                "User",
                null,
                "неудачные попытки входа под логином «" + name + "»: " + t.count + " с " + TIME.format(t.first) + " по "
                        + TIME.format(t.last) + "; адреса: " + String.join(", ", t.addresses))));
        if (others > 0) {
            events.publishEvent(new AuditEvent(
                    null,
                    AuditAction.LOGIN_FAILED,
                    "User",
                    null,
                    "неудачные попытки входа под другими логинами (сверх " + MAX_NAMES + " за период): " + others));
        }
    }

    private static final class Tally {

        private final Instant first;
        private Instant last;
        private int count;
        private final Set<String> addresses = new LinkedHashSet<>();

        private Tally(Instant first) {
            this.first = first;
            this.last = first;
        }
    }
}
