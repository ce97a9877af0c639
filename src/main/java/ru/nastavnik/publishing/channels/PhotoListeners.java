package ru.nastavnik.publishing.channels;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;

/** 152-ФЗ art. 10.1(12–14): distribution of a person's image ends when her consent to it is withdrawn or expires. */
@Component
class PhotoListeners {

    private final PhotoTags tags;

    PhotoListeners(PhotoTags tags) {
        this.tags = tags;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.PUBLICATION) {
            tags.hide(withdrawn.person());
        }
    }
}
