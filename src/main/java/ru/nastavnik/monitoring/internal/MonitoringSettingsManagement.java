package ru.nastavnik.monitoring.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.ForbiddenException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The monitoring settings of an organisation, inherited down the tree: a school without its own takes its
 * municipality's, then its region's, then {@link MonitoringSettings#DEFAULTS}. Each level sets its own: a school's
 * director or curator, a municipality's or region's methodologist; those above may read a school's.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringSettingsManagement {

    private final OwnMonitoringSettingsRepository own;
    private final AreaTables areaTables;
    private final Organisations organisations;
    private final IndicatorAccess access;

    MonitoringSettingsManagement(
            OwnMonitoringSettingsRepository own,
            Organisations organisations,
            IndicatorAccess access,
            AreaTables areaTables) {
        this.areaTables = areaTables;
        this.own = own;
        this.organisations = organisations;
        this.access = access;
    }

    /** The settings in force and their source, for those who may read the organisation's monitoring (else 404). */
    public MonitoringSettingsView view(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        return inForce(organisation);
    }

    /** Whether the caller sets this organisation's settings (its own level), for the page to offer the form. */
    public boolean editable(NastavnikPrincipal caller, OrganisationId organisation) {
        OrganisationKind kind = organisations.kindOf(organisation).orElseThrow(NotFoundException::new);
        return switch (kind) {
            case ORGANISATION -> caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR);
            case MUNICIPALITY -> caller.has(Role.MUNICIPAL_METHODOLOGIST, organisation);
            case REGION -> caller.has(Role.REGIONAL_METHODOLOGIST, organisation);
        };
    }

    /** Sets the organisation's own settings on the version read ({@code readVersion}, 0 while it had none). */
    @Transactional
    public MonitoringSettingsView change(
            NastavnikPrincipal caller, OrganisationId organisation, MonitoringSettings settings, Long readVersion) {
        access.check(caller, organisation);
        if (!editable(caller, organisation)) {
            throw new ForbiddenException(
                    "monitoring settings of another level", "monitoringHealth.settings.notYourLevel");
        }
        Optional<OwnMonitoringSettings> current = own.findById(organisation.value());
        OwnMonitoringSettings saved;
        if (current.isPresent()) {
            current.get().change(settings, readVersion);
            saved = current.get();
        } else {
            ru.nastavnik.shared.StaleVersionException.check(readVersion, 0);
            saved = new OwnMonitoringSettings(organisation, settings);
        }
        own.saveAndFlush(saved);
        // the areas' indicator tables kept on this node count "young" by these settings: forgotten once they are saved
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        areaTables.forgetAll();
                    }
                });
        return inForce(organisation);
    }

    MonitoringSettingsView inForce(OrganisationId organisation) {
        List<OrganisationId> lineage = organisations.lineage(organisation);
        Map<UUID, OwnMonitoringSettings> set =
                own.findAllById(lineage.stream().map(OrganisationId::value).toList()).stream()
                        .collect(Collectors.toMap(s -> s.organisation().value(), Function.identity()));
        long version = set.containsKey(organisation.value())
                ? set.get(organisation.value()).version()
                : 0;
        for (OrganisationId level : lineage) {
            OwnMonitoringSettings found = set.get(level.value());
            if (found != null) {
                return new MonitoringSettingsView(organisation, found.settings(), level, version);
            }
        }
        return new MonitoringSettingsView(organisation, MonitoringSettings.DEFAULTS, null, version);
    }

    /**
     * The settings in force at each of {@code schools}, read once for all of them (the health watch's run over every
     * school): the few organisations that set their own, and below each of those that is not one of the schools its
     * subtree, so that a school's nearest level with settings is found by walking up in memory.
     */
    Map<OrganisationId, MonitoringSettings> inForceAt(java.util.Collection<OrganisationId> schools) {
        Map<UUID, MonitoringSettings> set = own.findAll().stream()
                .collect(Collectors.toMap(s -> s.organisation().value(), OwnMonitoringSettings::settings));
        java.util.Set<UUID> asked = schools.stream().map(OrganisationId::value).collect(Collectors.toSet());
        Map<OrganisationId, OrganisationId> parents = new HashMap<>();
        set.keySet().stream()
                .filter(holder -> !asked.contains(holder))
                .forEach(area -> organisations
                        .subtree(new OrganisationId(area))
                        .forEach(o -> parents.put(o.id(), o.parentId())));
        Map<OrganisationId, MonitoringSettings> result = new HashMap<>();
        for (OrganisationId school : schools) {
            MonitoringSettings found = null;
            for (OrganisationId at = school; found == null && at != null; at = parents.get(at)) {
                found = set.get(at.value());
            }
            result.put(school, found == null ? MonitoringSettings.DEFAULTS : found);
        }
        return result;
    }

    /**
     * The settings in force at each organisation of an area's {@code tree} (its subtree, as read by the caller): the
     * parents inside the tree are walked in memory, the levels above the area read once.
     */
    Map<OrganisationId, MonitoringSettings> inForce(OrganisationId area, List<OrganisationSummary> tree) {
        List<OrganisationId> above = organisations.lineage(area);
        Map<OrganisationId, OrganisationId> parents = new HashMap<>();
        tree.forEach(o -> parents.put(o.id(), o.parentId()));
        List<UUID> ids = java.util.stream.Stream.concat(
                        above.stream(), tree.stream().map(OrganisationSummary::id))
                .map(OrganisationId::value)
                .distinct()
                .toList();
        Map<UUID, MonitoringSettings> set = own.findAllById(ids).stream()
                .collect(Collectors.toMap(s -> s.organisation().value(), OwnMonitoringSettings::settings));
        MonitoringSettings fromAbove = above.stream()
                .skip(1)
                .map(l -> set.get(l.value()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(MonitoringSettings.DEFAULTS);
        Map<OrganisationId, MonitoringSettings> result = new HashMap<>();
        for (OrganisationSummary o : tree) {
            MonitoringSettings found = null;
            for (OrganisationId at = o.id();
                    found == null && at != null && parents.containsKey(at);
                    at = parents.get(at)) {
                found = set.get(at.value());
                if (at.equals(area)) {
                    break;
                }
            }
            result.put(o.id(), found == null ? fromAbove : found);
        }
        return result;
    }
}
