package ru.nastavnik.matching.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnmatchedRepository extends JpaRepository<UnmatchedEntry, UnmatchedEntry.Key> {

    @Query("select u from UnmatchedEntry u where u.runId = ?1")
    List<UnmatchedEntry> ofRun(UUID run);
}
