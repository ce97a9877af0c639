package ru.nastavnik.mentorship.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentRuleRepository extends JpaRepository<PaymentRule, UUID> {

    @Query("select r from PaymentRule r where r.organisationId = ?1 order by r.validFrom")
    List<PaymentRule> inOrganisation(UUID organisation);

    @Query("select r from PaymentRule r where r.organisationId in ?1 order by r.validFrom")
    List<PaymentRule> inOrganisations(Collection<UUID> organisations);
}
