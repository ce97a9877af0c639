package ru.nastavnik.publishing.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;

/** 152-ФЗ art. 10.1(12–14): distribution ends when the consent to it is withdrawn or expires. */
@Component
class PublishingListeners {

    private final PublicationManagement publications;

    PublishingListeners(PublicationManagement publications) {
        this.publications = publications;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.PUBLICATION) {
            publications.hide(withdrawn.person());
        }
    }
}
