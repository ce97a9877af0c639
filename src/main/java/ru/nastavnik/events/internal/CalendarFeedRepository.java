package ru.nastavnik.events.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, UUID> {

    @Query("select f from CalendarFeed f where f.userId = ?1 and f.revokedAt is null")
    Optional<CalendarFeed> activeOf(UUID user);

    @Query("select f from CalendarFeed f where f.tokenHash = ?1 and f.revokedAt is null")
    Optional<CalendarFeed> byTokenHash(String hash);
}
