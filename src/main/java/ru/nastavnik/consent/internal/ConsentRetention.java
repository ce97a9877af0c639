package ru.nastavnik.consent.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The organisation's consent settings: how many days a withdrawn person's data is kept (152-ФЗ art. 21) — printed
 * in the consent form and applied when a consent of personal data is withdrawn.
 */
@Service
@Transactional
public class ConsentRetention {

    private final ConsentSettingsRepository settings;

    ConsentRetention(ConsentSettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public int retentionDays(NastavnikPrincipal caller, OrganisationId organisation) {
        return settings(caller, organisation).retentionDays();
    }

    @Transactional(readOnly = true)
    public ConsentSettingsView settings(NastavnikPrincipal caller, OrganisationId organisation) {
        ConsentRegistry.check(caller, organisation);
        return settings.findById(organisation.value())
                .orElseGet(() -> new ConsentSettings(organisation))
                .view();
    }

    /** {@code readVersion}: the settings' version she edited; refused if someone saved them since. */
    public ConsentSettingsView retentionDays(
            NastavnikPrincipal caller, OrganisationId organisation, int days, Long readVersion) {
        ConsentRegistry.check(caller, organisation);
        ConsentSettings current =
                settings.findById(organisation.value()).orElseGet(() -> new ConsentSettings(organisation));
        current.retentionDays(days, readVersion);
        // the answer carries the new version (the next edit's If-Match), which the flush assigns
        return settings.saveAndFlush(current).view();
    }
}
