package ru.nastavnik.matching.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    @Query("select p from Proposal p where p.runId = ?1 order by p.score desc")
    List<Proposal> ofRun(UUID run);
}
