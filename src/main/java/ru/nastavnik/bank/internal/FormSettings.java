package ru.nastavnik.bank.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.MentoringFormSettings;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The forms of mentoring a school's Regulation provides for: what its Regulation states and what forming a pair
 * offers. A pair's form stays free text, so a form dropped from the list leaves the pairs formed in it as they are.
 */
@Service
@Transactional
class FormSettings implements MentoringFormSettings {

    private final CapacitySettings capacities;
    private final BankSettingsRepository settings;

    FormSettings(CapacitySettings capacities, BankSettingsRepository settings) {
        this.capacities = capacities;
        this.settings = settings;
    }

    /** For the school's own pages and documents, whose caller is already checked: not personal data. */
    @Transactional(readOnly = true)
    public List<String> of(OrganisationId organisation) {
        return capacities.settings(organisation).forms();
    }

    @Transactional(readOnly = true)
    public FormsView get(NastavnikPrincipal caller, OrganisationId organisation) {
        BankRegistry.check(caller, organisation);
        return view(capacities.settings(organisation));
    }

    /** {@code readVersion}: the settings' version she edited; refused if someone saved them since. */
    public FormsView change(
            NastavnikPrincipal caller, OrganisationId organisation, List<String> forms, Long readVersion) {
        BankRegistry.check(caller, organisation);
        BankSettings current = capacities.settings(organisation);
        current.changeForms(forms, readVersion);
        return view(settings.saveAndFlush(current));
    }

    private static FormsView view(BankSettings settings) {
        return new FormsView(settings.forms(), settings.view().version());
    }
}
