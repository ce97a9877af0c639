package ru.nastavnik.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.InvalidInputException;

/** A comment on a programme: what the mentor, the mentee or the curator wants the others to know. */
@Entity
@Table(name = "programme_comment")
class Comment {

    @Id
    private UUID id;

    @Column(name = "programme_id")
    private UUID programmeId;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "author_role")
    private String authorRole;

    /** As her staff record held it when she wrote: the role is written in it; null when unknown. */
    @Enumerated(EnumType.STRING)
    @Column(name = "author_gender")
    private Gender authorGender;

    private String text;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Comment() {}

    Comment(UUID programme, String authorName, String authorRole, Gender authorGender, String text, Instant now) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw InvalidInputException.of("text", "programme.comment.invalid");
        }
        this.id = UUID.randomUUID();
        this.programmeId = programme;
        this.authorName = authorName.length() > 300 ? authorName.substring(0, 300) : authorName;
        this.authorRole = authorRole;
        this.authorGender = authorGender;
        this.text = text.strip();
        this.createdAt = now;
    }

    CommentView view() {
        return new CommentView(id, authorName, authorRole, authorGender, text, createdAt);
    }
}
