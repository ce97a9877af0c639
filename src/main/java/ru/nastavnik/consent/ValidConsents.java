package ru.nastavnik.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonId;

/** The consents valid today, asked by the banks, matching and the pairs before they process a person's data. */
@Service
@Transactional(readOnly = true)
class ValidConsents implements ConsentCheck {

    private final ConsentRepository consents;
    private final Clock clock;

    ValidConsents(ConsentRepository consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    public boolean hasValid(PersonId person, ConsentPurpose purpose) {
        LocalDate today = LocalDate.now(clock);
        return consents.findOpen(person.value(), purpose)
                .filter(c -> c.validOn(today))
                .isPresent();
    }

    @Override
    public java.util.Set<PersonId> withValid(java.util.Collection<PersonId> people, ConsentPurpose purpose) {
        LocalDate today = LocalDate.now(clock);
        UUID[] ids = people.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
        java.util.Set<PersonId> valid = new java.util.HashSet<>();
        if (ids.length > 0) {
            consents.validAmong(ids, purpose.name(), today).forEach(id -> valid.add(new PersonId(id)));
        }
        return valid;
    }

    @Override
    public long countValidAmongStaff(ru.nastavnik.shared.OrganisationId organisation, ConsentPurpose purpose) {
        return consents.countValidAmongStaff(organisation.value(), purpose.name(), LocalDate.now(clock));
    }

    @Override
    public boolean withdrew(PersonId person, ConsentPurpose purpose) {
        return consents.findOpen(person.value(), purpose).isEmpty()
                && consents.findByPerson(person.value()).stream()
                        .anyMatch(c -> c.purpose() == purpose && c.status().ended());
    }
}
