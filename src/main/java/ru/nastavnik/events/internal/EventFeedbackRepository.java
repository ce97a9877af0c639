package ru.nastavnik.events.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventFeedbackRepository extends JpaRepository<EventFeedback, UUID> {}
