package ru.nastavnik.bank.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.bank.BankSettingsView;
import ru.nastavnik.bank.MentoringForms;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;

/**
 * A mentor's default and largest number of mentees at once ("at most 2" is common in schools' regulations), and the
 * forms of mentoring the school's Regulation provides for.
 */
@Entity
@Table(name = "bank_settings")
class BankSettings {

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "default_capacity")
    private int defaultCapacity;

    @Column(name = "max_capacity")
    private int maxCapacity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mentoring_forms")
    private List<String> mentoringForms;

    @Version
    private Long version;

    /** A Regulation lists a handful of forms; each is a short phrase, as a pair's form is. */
    static final int MAX_FORMS = 20;

    static final int MAX_FORM_LENGTH = 200;

    protected BankSettings() {}

    BankSettings(OrganisationId organisation) {
        this.organisationId = organisation.value();
        this.defaultCapacity = 2;
        this.maxCapacity = 3;
    }

    /** The limits as set on the settings the editor read: refused if they were saved since (no lost update). */
    void change(int defaultCapacity, int maxCapacity, Long readVersion) {
        if (maxCapacity < 1 || maxCapacity > 20 || defaultCapacity < 1 || defaultCapacity > maxCapacity) {
            throw InvalidInputException.of("defaultCapacity", "bank.settings.range");
        }
        StaleVersionException.check(readVersion, view().version());
        this.defaultCapacity = defaultCapacity;
        this.maxCapacity = maxCapacity;
    }

    /**
     * The forms as chosen on the settings the editor read: the usual ones in their usual order, then her own; at least
     * one, none too long, none twice (compared without case and spaces).
     */
    void changeForms(List<String> chosen, Long readVersion) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> forms = new ArrayList<>();
        for (String form : chosen == null ? List.<String>of() : chosen) {
            String text = form == null ? "" : form.strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > MAX_FORM_LENGTH) {
                throw InvalidInputException.of("forms", "bank.forms.tooLong");
            }
            if (seen.add(text.toLowerCase(java.util.Locale.ROOT))) {
                forms.add(text);
            }
        }
        if (forms.isEmpty()) {
            throw InvalidInputException.of("forms", "bank.forms.required");
        }
        if (forms.size() > MAX_FORMS) {
            throw InvalidInputException.of("forms", "bank.forms.tooMany");
        }
        StaleVersionException.check(readVersion, view().version());
        this.mentoringForms = forms;
    }

    List<String> forms() {
        return mentoringForms == null || mentoringForms.isEmpty()
                ? MentoringForms.DEFAULTS
                : List.copyOf(mentoringForms);
    }

    int defaultCapacity() {
        return defaultCapacity;
    }

    int maxCapacity() {
        return maxCapacity;
    }

    /** Never saved, the defaults are version 0; a saved row counts on from 1. */
    BankSettingsView view() {
        return new BankSettingsView(defaultCapacity, maxCapacity, version == null ? 0 : version + 1);
    }
}
