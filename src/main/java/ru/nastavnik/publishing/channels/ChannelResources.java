package ru.nastavnik.publishing.channels;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionResources;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;

/**
 * The addresses the consent to distribution prints (Приказ Роскомнадзора № 18): the school's section here, its
 * Telegram channel and its VK community as the school set them up.
 */
@Component
class ChannelResources implements DistributionResources {

    private final JdbcTemplate jdbc;
    private final PublicBaseUrl baseUrl;

    ChannelResources(JdbcTemplate jdbc, PublicBaseUrl baseUrl) {
        this.jdbc = jdbc;
        this.baseUrl = baseUrl;
    }

    @Override
    public Map<DistributionChannel, String> addresses(OrganisationId organisation) {
        Map<DistributionChannel, String> found = new EnumMap<>(DistributionChannel.class);
        jdbc.queryForList(
                        "select slug from publishing_site where organisation_id = ?",
                        String.class,
                        organisation.value())
                .forEach(slug -> found.put(DistributionChannel.SECTION, baseUrl.of("/o/" + slug + "/nastavnichestvo")));
        jdbc.query(
                "select kind, target from publishing_channel where organisation_id = ? and target is not null",
                rs -> {
                    ChannelKind kind = ChannelKind.valueOf(rs.getString(1));
                    found.put(DistributionChannel.valueOf(kind.name()), address(kind, rs.getString(2)));
                },
                organisation.value());
        return found;
    }

    /** A public channel's address as a reader opens it; a private one (a numeric chat id) as it is known. */
    static String address(ChannelKind kind, String target) {
        return switch (kind) {
            case TELEGRAM -> target.startsWith("@") ? "https://t.me/" + target.substring(1) : target;
            case VK -> "https://vk.com/club" + target;
        };
    }
}
