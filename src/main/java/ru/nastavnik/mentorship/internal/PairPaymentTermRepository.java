package ru.nastavnik.mentorship.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PairPaymentTermRepository extends JpaRepository<PairPaymentTerm, UUID> {

    @Query("select t from PairPaymentTerm t where t.mentorshipId = ?1 order by t.validFrom")
    List<PairPaymentTerm> ofPair(UUID mentorship);

    @Query("select t from PairPaymentTerm t where t.organisationId = ?1 order by t.validFrom")
    List<PairPaymentTerm> inOrganisation(UUID organisation);
}
