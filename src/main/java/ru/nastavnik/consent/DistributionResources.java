package ru.nastavnik.consent;

import java.util.Map;
import ru.nastavnik.shared.OrganisationId;

/**
 * The addresses of a school's information resources, printed on its consent to distribution (Приказ Роскомнадзора
 * № 18 asks the form to name them). Known to the module that runs them; asked here so that consent needs no
 * dependency on it. A channel the school has not set up is absent.
 */
public interface DistributionResources {

    Map<DistributionChannel, String> addresses(OrganisationId organisation);
}
