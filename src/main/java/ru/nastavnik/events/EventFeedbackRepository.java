package ru.nastavnik.events;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventFeedbackRepository extends JpaRepository<EventFeedback, UUID> {}
