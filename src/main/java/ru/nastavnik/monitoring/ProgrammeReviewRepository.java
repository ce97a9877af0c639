package ru.nastavnik.monitoring;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeReviewRepository extends JpaRepository<ProgrammeReview, UUID> {}
