package ru.nastavnik.programme.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, UUID> {

    @Query("select c from Comment c where c.programmeId = ?1 order by c.createdAt")
    List<Comment> ofProgramme(UUID programme);
}
