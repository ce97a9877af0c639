package ru.nastavnik.bank;

import java.util.List;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The forms of mentoring a school's Regulation provides for (implemented in {@code internal.FormSettings}): what its
 * Regulation states and what forming a pair offers. A pair's form stays free text, so a form dropped from the list
 * leaves the pairs formed in it as they are.
 */
public interface MentoringFormSettings {

    /** The school's forms and the settings' version (the If-Match of an edit; 0 while never saved). */
    record FormsView(List<String> forms, long version) {

        /** The school's own forms, beyond the usual ones, one a line (as the settings form takes them). */
        public String own() {
            return String.join(
                    "\n",
                    forms.stream()
                            .filter(f -> !MentoringForms.DEFAULTS.contains(f))
                            .toList());
        }
    }

    /** For the school's own pages and documents, whose caller is already checked: not personal data. */
    List<String> of(OrganisationId organisation);

    FormsView get(NastavnikPrincipal caller, OrganisationId organisation);

    /** {@code readVersion}: the settings' version she edited; refused if someone saved them since. */
    FormsView change(NastavnikPrincipal caller, OrganisationId organisation, List<String> forms, Long readVersion);
}
