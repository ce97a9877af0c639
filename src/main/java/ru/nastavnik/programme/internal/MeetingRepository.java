package ru.nastavnik.programme.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

    @Query("select m from Meeting m where m.programmeId = ?1 order by m.heldOn")
    List<Meeting> ofProgramme(UUID programme);
}
