package ru.nastavnik.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    @Query("select n from Notification n where n.userId = :user order by n.createdAt desc, n.id")
    List<Notification> latest(UUID user, Pageable page);

    /** Counted up to a bound: the header shows «99+» beyond it, and a long unread past costs nothing more. */
    @Query(
            value = "select count(*) from (select 1 from notification where user_id = :user and read_at is null"
                    + " limit :bound) unread",
            nativeQuery = true)
    long unread(UUID user, int bound);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.userId = :user and n.readAt is null")
    int readAll(UUID user, Instant at);
}
