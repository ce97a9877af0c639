package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SystemReviewRepository extends JpaRepository<SystemReview, UUID> {

    Optional<SystemReview> findByOrganisationIdAndYearFrom(UUID organisationId, LocalDate yearFrom);
}
