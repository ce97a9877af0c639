package ru.nastavnik.consent.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionGap;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** The consents valid today, asked by the banks, matching and the pairs before they process a person's data. */
@Service
@Transactional(readOnly = true)
class ValidConsents implements ConsentCheck {

    private final ConsentRepository consents;
    private final SchoolDates dates;
    private final Clock clock;

    ValidConsents(ConsentRepository consents, SchoolDates dates, Clock clock) {
        this.consents = consents;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    public boolean hasValid(PersonId person, ConsentPurpose purpose) {
        // a consent is in force by the date of the school that holds it
        return consents.findOpen(person.value(), purpose)
                .filter(c -> c.validOn(dates.today(c.organisation())))
                .isPresent();
    }

    @Override
    public java.util.Set<PersonId> withValid(java.util.Collection<PersonId> people, ConsentPurpose purpose) {
        UUID[] ids = people.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
        java.util.Set<PersonId> valid = new java.util.HashSet<>();
        if (ids.length == 0) {
            return valid;
        }
        // every Russian school's today lies within a day of the UTC date; each consent is then judged by the date
        // of the school that holds it (people of a shared bank come from schools of several zones)
        LocalDate utc = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = consents.validAmong(ids, purpose.name(), utc.minusDays(1), utc.plusDays(1));
        Map<OrganisationId, LocalDate> today = dates.today(
                rows.stream().map(r -> new OrganisationId((UUID) r[1])).collect(Collectors.toSet()));
        for (Object[] r : rows) {
            LocalDate day = today.get(new OrganisationId((UUID) r[1]));
            LocalDate givenOn = date(r[2]);
            LocalDate validUntil = date(r[3]);
            if (!givenOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day))) {
                valid.add(new PersonId((UUID) r[0]));
            }
        }
        return valid;
    }

    @Override
    public Map<PersonId, DistributionGap> distributionGaps(
            java.util.Collection<PersonId> people,
            DistributionKind kind,
            java.util.Collection<DistributionChannel> channels) {
        java.util.Set<PersonId> asked = new java.util.LinkedHashSet<>(people);
        Map<PersonId, DistributionGap> gaps = new java.util.LinkedHashMap<>();
        if (asked.isEmpty()) {
            return gaps;
        }
        java.util.Set<DistributionChannel> wanted = java.util.EnumSet.noneOf(DistributionChannel.class);
        wanted.addAll(channels);
        LocalDate utc = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Consent> found = consents.givenDistribution(
                asked.stream().map(PersonId::value).toArray(UUID[]::new), utc.minusDays(1), utc.plusDays(1));
        Map<OrganisationId, LocalDate> today =
                dates.today(found.stream().map(Consent::organisation).collect(Collectors.toSet()));
        Map<PersonId, DistributionGap> best = new java.util.HashMap<>();
        java.util.Set<PersonId> covered = new java.util.HashSet<>();
        for (Consent consent : found) {
            if (!consent.validOn(today.get(consent.organisation()))) {
                continue;
            }
            DistributionGap gap = consent.scope().gap(kind, wanted);
            if (gap == null) {
                covered.add(consent.person());
            } else {
                best.putIfAbsent(consent.person(), gap);
            }
        }
        for (PersonId person : asked) {
            if (!covered.contains(person)) {
                gaps.put(person, best.getOrDefault(person, DistributionGap.none()));
            }
        }
        return gaps;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Override
    public long countValidAmongStaff(OrganisationId organisation, ConsentPurpose purpose) {
        return consents.countValidAmongStaff(organisation.value(), purpose.name(), dates.today(organisation));
    }

    @Override
    public boolean withdrew(PersonId person, ConsentPurpose purpose) {
        return consents.findOpen(person.value(), purpose).isEmpty()
                && consents.findByPerson(person.value()).stream()
                        .anyMatch(c -> c.purpose() == purpose && c.status().ended());
    }
}
