package ru.nastavnik.consent;

import ru.nastavnik.people.PersonId;

/** For the banks and matching: may this person's data be processed for this purpose today? */
public interface ConsentCheck {

    boolean hasValid(PersonId person, ConsentPurpose purpose);

    /** Those of {@code people} with a valid consent for the purpose, in one query rather than one per person. */
    java.util.Set<PersonId> withValid(java.util.Collection<PersonId> people, ConsentPurpose purpose);

    /**
     * How many of the organisation's current (not archived) staff have a valid consent for the purpose: a count
     * in SQL, for figures (the roadmap sent a thousand ids to learn one number).
     */
    long countValidAmongStaff(ru.nastavnik.shared.OrganisationId organisation, ConsentPurpose purpose);

    /**
     * Did the person end her consent of this purpose (withdrawn or expired) without giving or being asked for a new
     * one since? A consent never asked for is not withdrawn: it may still be given.
     */
    boolean withdrew(PersonId person, ConsentPurpose purpose);

    /**
     * Of {@code people}, those who may not appear in an item of {@code kind} going to every one of {@code channels}
     * (152-ФЗ art. 10.1: a valid consent to distribution covering that kind and those resources), each with what
     * she lacks; the covered are absent. One query for all of them.
     */
    java.util.Map<PersonId, DistributionGap> distributionGaps(
            java.util.Collection<PersonId> people,
            DistributionKind kind,
            java.util.Collection<DistributionChannel> channels);

    /** Those of {@code people} covered for {@code kind} on every one of {@code channels}. */
    default java.util.Set<PersonId> coveredFor(
            java.util.Collection<PersonId> people,
            DistributionKind kind,
            java.util.Collection<DistributionChannel> channels) {
        java.util.Map<PersonId, DistributionGap> gaps = distributionGaps(people, kind, channels);
        return people.stream().filter(p -> !gaps.containsKey(p)).collect(java.util.stream.Collectors.toSet());
    }
}
