package ru.nastavnik.bank;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The forms of mentoring a school's Regulation provides for: what its Regulation states and what forming a pair
 * offers. A pair's form stays free text, so a form dropped from the list leaves the pairs formed in it as they are.
 */
@Service
@Transactional
public class MentoringFormSettings {

    /** The school's forms and the settings' version (the If-Match of an edit; 0 while never saved). */
    public record FormsView(List<String> forms, long version) {

        /** The school's own forms, beyond the usual ones, one a line (as the settings form takes them). */
        public String own() {
            return String.join(
                    "\n",
                    forms.stream()
                            .filter(f -> !MentoringForms.DEFAULTS.contains(f))
                            .toList());
        }
    }

    private final BankCapacities capacities;
    private final BankSettingsRepository settings;

    MentoringFormSettings(BankCapacities capacities, BankSettingsRepository settings) {
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
        BankManagement.check(caller, organisation);
        return view(capacities.settings(organisation));
    }

    /** {@code readVersion}: the settings' version she edited; refused if someone saved them since. */
    public FormsView change(
            NastavnikPrincipal caller, OrganisationId organisation, List<String> forms, Long readVersion) {
        BankManagement.check(caller, organisation);
        BankSettings current = capacities.settings(organisation);
        current.changeForms(forms, readVersion);
        return view(settings.saveAndFlush(current));
    }

    private static FormsView view(BankSettings settings) {
        return new FormsView(settings.forms(), settings.view().version());
    }
}
