package ru.nastavnik.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One letter as its recipient's account keeps it; read once she opens it (or marks all read). */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    private String subject;

    private String body;

    private String link;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(UUID userId, String subject, String body, String link, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    UUID userId() {
        return userId;
    }

    String link() {
        return link;
    }

    NotificationView view() {
        return new NotificationView(id, subject, body, link, createdAt, readAt != null);
    }
}
