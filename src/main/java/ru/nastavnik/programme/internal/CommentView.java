package ru.nastavnik.programme.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.shared.Gender;

/**
 * {@code authorRole}: MENTOR, MENTEE or CURATOR; {@code authorGender}: hers as her staff record held it, or null
 * (a curator's comment, a comment written before it was kept, a record restricted).
 */
public record CommentView(
        UUID id,
        String authorName,
        String authorRole,
        @JsonIgnore Gender authorGender,
        String text,
        Instant createdAt) {

    /**
     * The message key of her role as the comment is signed with it: «наставляемая» for a woman mentee; «наставник»
     * and «куратор» are said of both genders, and a mentee of unknown gender is «наставляемый».
     */
    public String roleKey() {
        String key = "programme.role." + authorRole;
        return "MENTEE".equals(authorRole) && authorGender == Gender.FEMALE ? key + ".FEMALE" : key;
    }
}
