package ru.nastavnik.bank.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;

/**
 * Who may enter a bank: nobody without a valid consent to the processing of personal data (152-ФЗ art. 9), and no
 * mentor who withdrew the consent to the mentoring duties (Labour Code art. 351.8). One person or many, the same rules.
 */
@Component
class BankAdmission {

    private final ConsentCheck consents;

    BankAdmission(ConsentCheck consents) {
        this.consents = consents;
    }

    /** Why each of these people may not enter the bank (a message key), for those who may not. */
    Map<PersonId, String> refusals(Collection<PersonId> people, BankKind kind) {
        Set<PersonId> consented = consents.withValid(people, ConsentPurpose.PERSONAL_DATA);
        Map<PersonId, String> refusals = new LinkedHashMap<>();
        for (PersonId person : people) {
            if (!consented.contains(person)) {
                refusals.put(person, "bank.consent.required");
            } else if (kind == BankKind.MENTOR && consents.withdrew(person, ConsentPurpose.MENTORING_DUTIES)) {
                refusals.put(person, "bank.mentor.dutiesWithdrawn");
            }
        }
        return refusals;
    }

    void require(PersonId person, BankKind kind) {
        String refusal = refusals(List.of(person), kind).get(person);
        if (refusal != null) {
            throw InvalidInputException.of("personId", refusal);
        }
    }
}
