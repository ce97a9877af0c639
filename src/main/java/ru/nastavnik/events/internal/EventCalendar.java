package ru.nastavnik.events.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.CalendarEntry;
import ru.nastavnik.documents.CalendarSource;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventView;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The calendar: an event's .ics, and a personal feed — the events the user answered and those she organises, and
 * what other modules date for her ({@link CalendarSource}: her programme's activities) — at an address whose token
 * only she knows (it is shown once; a new one revokes the old).
 */
@Service
@Transactional
public class EventCalendar {

    /** How far back a feed reaches: last term's events are still worth seeing, older ones only weigh the feed down. */
    static final Duration FEED_PAST = Duration.ofDays(180);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EventRepository events;
    private final CalendarFeedRepository feeds;
    private final EventAccess access;
    private final CalendarFiles files;
    private final UserManagement users;
    private final UserDetailsService accounts;
    private final List<CalendarSource> sources;
    private final Clock clock;
    private final MessageSource messages;

    EventCalendar(
            EventRepository events,
            CalendarFeedRepository feeds,
            EventAccess access,
            CalendarFiles files,
            UserManagement users,
            UserDetailsService accounts,
            List<CalendarSource> sources,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.sources = sources;
        this.accounts = accounts;
        this.events = events;
        this.feeds = feeds;
        this.access = access;
        this.files = files;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public String eventFile(NastavnikPrincipal caller, EventId id) {
        EventView event = access.visible(caller, events.findById(id.value())).view();
        return files.write(List.of(event), event.title(), clock.instant());
    }

    /** A new feed token (the old one stops working); only its hash is stored, so it cannot be shown again. */
    public String issueFeed(NastavnikPrincipal caller) {
        revokeFeed(caller);
        feeds.flush();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.save(new CalendarFeed(caller.id().value(), hash(token), clock.instant()));
        return token;
    }

    public void revokeFeed(NastavnikPrincipal caller) {
        feeds.activeOf(caller.id().value()).ifPresent(f -> f.revoke(clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<Instant> feedIssuedAt(NastavnikPrincipal caller) {
        return feeds.activeOf(caller.id().value()).map(CalendarFeed::createdAt);
    }

    /** The feed behind a token; an unknown or revoked token is "not found". */
    @Transactional(readOnly = true)
    public String feed(String token) {
        CalendarFeed feed = feeds.byTokenHash(hash(token == null ? "" : token)).orElseThrow(NotFoundException::new);
        // loaded as for a sign-in: a blocked account's feed goes silent with its sessions and tokens
        NastavnikPrincipal owner = users.find(new UserId(feed.userId()))
                .map(u -> (NastavnikPrincipal) accounts.loadUserByUsername(u.username()))
                .filter(p -> p.isEnabled() && p.isAccountNonLocked())
                .orElseThrow(NotFoundException::new);
        Instant since = clock.instant().minus(FEED_PAST);
        Map<UUID, Event> shown = new LinkedHashMap<>();
        access.participant(owner).ifPresent(me -> events.answeredBy(me.person()).forEach(e -> shown.put(e.id(), e)));
        Set<UUID> organised = owner.grants().stream()
                .filter(g -> g.organisation() != null && access.organises(owner, g.organisation()))
                .map(g -> g.organisation().value())
                .collect(Collectors.toSet());
        if (!organised.isEmpty()) {
            events.organisedBy(organised).forEach(e -> shown.put(e.id(), e));
        }
        List<EventView> views = shown.values().stream()
                .map(Event::view)
                .filter(v -> v.endsAt().isAfter(since))
                .toList();
        List<CalendarEntry> more = sources.stream()
                .flatMap(s -> s.entriesOf(owner, since).stream())
                .toList();
        return files.write(views, more, text("events.calendar.name"), clock.instant());
    }

    /** The name of one event's calendar file. */
    public String eventFileName() {
        return text("events.file.calendarEvent");
    }

    /** The name of the calendar feed's file. */
    public String feedFileName() {
        return text("events.file.calendarFeed");
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("ru"));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
