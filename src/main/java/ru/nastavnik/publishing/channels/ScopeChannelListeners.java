package ru.nastavnik.publishing.channels;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.consent.DistributionScope;
import ru.nastavnik.consent.DistributionScopeNarrowed;

/**
 * A narrowed consent to distribution (152-ФЗ art. 10.1 part 12): her photos are hidden when she no longer allows
 * photos or the section; the posts already sent to a channel she no longer allows, of items naming or showing her,
 * are listed for the curator to delete (the services keep what they got); posts not yet sent are stopped by the
 * check at send time.
 */
@Component
class ScopeChannelListeners {

    private final PhotoTags tags;
    private final NewsOutbox outbox;

    ScopeChannelListeners(PhotoTags tags, NewsOutbox outbox) {
        this.tags = tags;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(DistributionScopeNarrowed narrowed) {
        DistributionScope left = narrowed.remaining();
        if (!left.channels().contains(DistributionChannel.SECTION)
                || !left.kinds().contains(DistributionKind.PHOTOS)) {
            tags.hide(narrowed.person());
        }
        for (ChannelKind kind : ChannelKind.values()) {
            if (!left.channels().contains(DistributionChannel.valueOf(kind.name()))) {
                outbox.consentNarrowed(narrowed.person(), kind);
            }
        }
    }
}
