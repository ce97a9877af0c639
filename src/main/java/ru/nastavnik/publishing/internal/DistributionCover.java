package ru.nastavnik.publishing.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionGap;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * Who may not appear in an item, and why (152-ФЗ art. 10.1: a valid consent to distribution covering that kind of
 * item and every resource it goes to): the people named in it (as its kind) and those in its photos (as photos).
 * A person without any consent is listed by name, as before the scope existed; one whose consent is narrower is
 * listed with what it does not cover.
 */
@Component
public class DistributionCover {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ConsentCheck consents;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    DistributionCover(ConsentCheck consents, JdbcTemplate jdbc, MessageSource messages) {
        this.consents = consents;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Where an item of the school goes when published: its section always, and the channels it posts to. */
    public Set<DistributionChannel> channelsOf(OrganisationId organisation) {
        Set<DistributionChannel> channels = EnumSet.of(DistributionChannel.SECTION);
        jdbc.queryForList(
                        "select kind from publishing_channel where organisation_id = ? and enabled",
                        String.class,
                        organisation.value())
                .forEach(kind -> channels.add(DistributionChannel.valueOf(kind)));
        return channels;
    }

    /** Each person lacking cover, described in Russian, sorted; empty when everyone is covered. */
    public List<String> lacking(
            Map<PersonId, String> named,
            DistributionKind kind,
            Map<PersonId, String> shown,
            Collection<DistributionChannel> channels) {
        Map<PersonId, DistributionGap> namedGaps =
                named.isEmpty() ? Map.of() : consents.distributionGaps(named.keySet(), kind, channels);
        Map<PersonId, DistributionGap> shownGaps = shown.isEmpty()
                ? Map.of()
                : consents.distributionGaps(shown.keySet(), DistributionKind.PHOTOS, channels);
        Map<PersonId, String> names = new LinkedHashMap<>(named);
        shown.forEach(names::putIfAbsent);
        List<String> lacking = new ArrayList<>();
        names.forEach((person, name) -> {
            List<DistributionGap> gaps = new ArrayList<>();
            if (namedGaps.containsKey(person)) {
                gaps.add(namedGaps.get(person));
            }
            if (shownGaps.containsKey(person)) {
                gaps.add(shownGaps.get(person));
            }
            if (!gaps.isEmpty()) {
                lacking.add(describe(name, gaps));
            }
        });
        return lacking.stream().sorted().toList();
    }

    /** Those of the people covered for {@code kind} on the section: the public pages' read-time filter. */
    public Set<PersonId> onSection(Collection<PersonId> people, DistributionKind kind) {
        return people.isEmpty() ? Set.of() : consents.coveredFor(people, kind, Set.of(DistributionChannel.SECTION));
    }

    private String describe(String name, List<DistributionGap> gaps) {
        if (gaps.stream().anyMatch(DistributionGap::noConsent)) {
            return name;
        }
        Set<String> parts = new LinkedHashSet<>();
        gaps.stream()
                .filter(g -> g.kind() != null)
                .forEach(g -> parts.add(
                        text("consentScope.lacking.kind", text(g.kind().messageKey()))));
        gaps.stream()
                .flatMap(g -> g.channels().stream())
                .sorted()
                .forEach(c -> parts.add(text("consentScope.lacking.channel", text(c.messageKey()))));
        return text("consentScope.lacking", name, String.join(", ", parts));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }
}
