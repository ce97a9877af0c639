package ru.nastavnik.publishing.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.consent.DistributionScope;
import ru.nastavnik.consent.DistributionScopeNarrowed;

/**
 * 152-ФЗ art. 10.1 part 12: what she no longer allows stops being distributed, by the withdrawal's path — her name
 * from the news (and so from their posts, listed for deletion) and from the public documents when she no longer
 * allows that kind of item or the section itself.
 */
@Component
class ScopeListeners {

    private final PublicationManagement publications;
    private final PublicDocuments documents;

    ScopeListeners(PublicationManagement publications, PublicDocuments documents) {
        this.publications = publications;
        this.documents = documents;
    }

    @ApplicationModuleListener
    void on(DistributionScopeNarrowed narrowed) {
        DistributionScope left = narrowed.remaining();
        boolean section = left.channels().contains(DistributionChannel.SECTION);
        if (!section || !left.kinds().contains(DistributionKind.NEWS)) {
            publications.hide(narrowed.person());
        }
        if (!section || !left.kinds().contains(DistributionKind.DOCUMENTS)) {
            documents.hide(narrowed.person());
        }
    }
}
