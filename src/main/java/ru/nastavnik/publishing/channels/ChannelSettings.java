package ru.nastavnik.publishing.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Each organisation's Telegram and VK settings. The token is write-only: saved encrypted, never read back to a page
 * or the API; leaving it blank keeps the one saved. Every change is audited (whose channel, what changed — not the
 * token).
 */
@Service
@Transactional
public class ChannelSettings {

    private final JdbcTemplate jdbc;
    private final ChannelSecrets secrets;
    private final ChannelAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChannelSettings(
            JdbcTemplate jdbc,
            ChannelSecrets secrets,
            ChannelAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ChannelSettingsView> of(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        return Arrays.stream(ChannelKind.values())
                .map(kind -> jdbc
                        .query(
                                "select enabled, target, updated_at from publishing_channel where organisation_id = ? and kind = ?",
                                (rs, i) -> new ChannelSettingsView(
                                        kind,
                                        true,
                                        rs.getBoolean(1),
                                        rs.getString(2),
                                        true,
                                        rs.getTimestamp(3).toInstant()),
                                organisation.value(),
                                kind.name())
                        .stream()
                        .findFirst()
                        .orElse(ChannelSettingsView.none(kind)))
                .toList();
    }

    public void save(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            ChannelKind kind,
            boolean enabled,
            String target,
            String token) {
        access.check(caller, organisation);
        String address = kind.checkTarget(target);
        boolean replaced = token != null && !token.isBlank();
        boolean existing = stored(organisation, kind).isPresent();
        if (!replaced && !existing) {
            throw InvalidInputException.of("token", "channels.token.required");
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (existing) {
            jdbc.update(
                    "update publishing_channel set enabled = ?, target = ?, updated_at = ? where organisation_id = ? and kind = ?",
                    enabled,
                    address,
                    now,
                    organisation.value(),
                    kind.name());
        }
        if (replaced) {
            byte[] sealed = secrets.encrypt(kind.checkToken(token));
            jdbc.update("""
                    insert into publishing_channel (organisation_id, kind, enabled, target, secret, updated_at) values (?, ?, ?, ?, ?, ?)
                    on conflict (organisation_id, kind) do update set secret = excluded.secret, enabled = excluded.enabled,
                        target = excluded.target, updated_at = excluded.updated_at""", organisation.value(), kind.name(), enabled, address, sealed, now);
        }
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "PublishingChannel",
                organisation.value(),
                "канал " + kind.name() + ": адрес " + address + ", " + (enabled ? "включён" : "выключен")
                        + (replaced ? ", токен заменён" : "")));
    }

    public void remove(NastavnikPrincipal caller, OrganisationId organisation, ChannelKind kind) {
        access.check(caller, organisation);
        if (jdbc.update(
                        "delete from publishing_channel where organisation_id = ? and kind = ?",
                        organisation.value(),
                        kind.name())
                > 0) {
            events.publishEvent(new AuditEvent(
                    organisation,
                    AuditAction.UPDATE,
                    "PublishingChannel",
                    organisation.value(),
                    "канал " + kind.name() + ": настройки и токен удалены"));
        }
    }

    /** The enabled channel with its token, for a delivery. */
    Optional<Channel> active(OrganisationId organisation, ChannelKind kind) {
        return stored(organisation, kind)
                .filter(Stored::enabled)
                .map(s -> new Channel(kind, s.target(), secrets.decrypt(s.secret())));
    }

    List<ChannelKind> enabled(OrganisationId organisation) {
        return jdbc
                .queryForList(
                        "select kind from publishing_channel where organisation_id = ? and enabled",
                        String.class,
                        organisation.value())
                .stream()
                .map(ChannelKind::valueOf)
                .sorted()
                .toList();
    }

    private Optional<Stored> stored(OrganisationId organisation, ChannelKind kind) {
        return jdbc
                .query(
                        "select enabled, target, secret from publishing_channel where organisation_id = ? and kind = ?",
                        (rs, i) -> new Stored(rs.getBoolean(1), rs.getString(2), rs.getBytes(3)),
                        organisation.value(),
                        kind.name())
                .stream()
                .findFirst();
    }

    private record Stored(boolean enabled, String target, byte[] secret) {}
}
