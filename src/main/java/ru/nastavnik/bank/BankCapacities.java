package ru.nastavnik.bank;

import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * How many mentees a school's mentors take: the default for a new mentor and the most any one may take (implemented
 * in {@code internal.CapacitySettings}).
 */
public interface BankCapacities {

    BankSettingsView capacityLimits(NastavnikPrincipal caller, OrganisationId organisation);

    /** {@code readVersion}: the settings' version she edited; refused if someone saved them since. */
    BankSettingsView capacityLimits(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            int defaultCapacity,
            int maxCapacity,
            Long readVersion);
}
