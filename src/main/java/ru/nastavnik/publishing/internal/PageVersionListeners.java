package ru.nastavnik.publishing.internal;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.events.AttendanceRecorded;
import ru.nastavnik.events.EventHeld;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;

/**
 * What bumps an organisation's public pages' version, in the transaction of the change (plain, synchronous listeners:
 * not after the commit, when a reader could already have cached the changed page under the old version). Every
 * change of personal data is audited, and most other changes too, so any audited change of an organisation counts —
 * more often than needed (a page re-rendered for nothing) rather than once too few (a withdrawn name served from a
 * cache). The changes that are not audited are listened to by name: news published, edited, unpublished and names
 * hidden; an event held and its attendance; a consent given or withdrawn (practices and named people depend on it).
 */
@Component
class PageVersionListeners {

    /** Audited actions that change nothing. */
    private static final Set<AuditAction> READS = EnumSet.of(
            AuditAction.READ, AuditAction.EXPORT, AuditAction.DOWNLOAD, AuditAction.LOGIN, AuditAction.LOGIN_FAILED);

    private final PageVersions versions;

    PageVersionListeners(PageVersions versions) {
        this.versions = versions;
    }

    @EventListener
    void on(AuditEvent audited) {
        if (audited.organisation() != null && !READS.contains(audited.action())) {
            versions.changed(audited.organisation());
        }
    }

    @EventListener
    void on(AuditBatch batch) {
        versions.changed(batch.events().stream()
                .filter(e -> e.organisation() != null && !READS.contains(e.action()))
                .map(AuditEvent::organisation)
                .distinct()
                .toList());
    }

    @EventListener
    void on(PublicationPublished published) {
        versions.changed(published.organisation());
    }

    @EventListener
    void on(PublicationEdited edited) {
        versions.changed(edited.organisation());
    }

    @EventListener
    void on(PublicationUnpublished unpublished) {
        versions.changed(unpublished.organisation());
    }

    @EventListener
    void on(PublicationNameHidden hidden) {
        versions.changed(hidden.organisation());
    }

    @EventListener
    void on(EventHeld held) {
        versions.changed(held.organisation());
    }

    @EventListener
    void on(AttendanceRecorded recorded) {
        versions.changed(recorded.organisation());
    }

    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        versions.changed(withdrawn.organisation());
    }

    @EventListener
    void on(ConsentGiven given) {
        versions.changed(given.organisation());
    }
}
