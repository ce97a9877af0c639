package ru.nastavnik.monitoring.campaign;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, UUID> {

    @Query("select s from Submission s where s.campaignId = ?1 and s.organisationId = ?2")
    Optional<Submission> find(UUID campaign, UUID school);

    @Query("select s from Submission s where s.campaignId = ?1")
    List<Submission> ofCampaign(UUID campaign);
}
