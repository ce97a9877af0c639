package ru.nastavnik.publishing.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;

/** 152-ФЗ art. 10.1(12–14): a withdrawn consent to distribution takes her name out of the public documents too. */
@Component
class PublicDocumentListeners {

    private final PublicDocuments documents;

    PublicDocumentListeners(PublicDocuments documents) {
        this.documents = documents;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.PUBLICATION) {
            documents.hide(withdrawn.person());
        }
    }
}
