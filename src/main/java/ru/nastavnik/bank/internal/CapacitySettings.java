package ru.nastavnik.bank.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankCapacities;
import ru.nastavnik.bank.BankSettingsView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** How many mentees a school's mentors take: the default for a new mentor and the most any one may take. */
@Service
@Transactional
class CapacitySettings implements BankCapacities {

    private final BankSettingsRepository settings;

    CapacitySettings(BankSettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public BankSettingsView capacityLimits(NastavnikPrincipal caller, OrganisationId organisation) {
        BankRegistry.check(caller, organisation);
        return settings(organisation).view();
    }

    /** {@code readVersion}: the settings' version she edited; refused if someone saved them since. */
    public BankSettingsView capacityLimits(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            int defaultCapacity,
            int maxCapacity,
            Long readVersion) {
        BankRegistry.check(caller, organisation);
        BankSettings current = settings(organisation);
        current.change(defaultCapacity, maxCapacity, readVersion);
        return settings.saveAndFlush(current).view();
    }

    BankSettings settings(OrganisationId organisation) {
        return settings.findById(organisation.value()).orElseGet(() -> new BankSettings(organisation));
    }
}
