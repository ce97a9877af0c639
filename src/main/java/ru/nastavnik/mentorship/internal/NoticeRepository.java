package ru.nastavnik.mentorship.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, UUID> {

    @Query("select n from Notice n where n.organisationId = ?1 order by n.createdAt desc")
    List<Notice> inOrganisation(UUID organisation);
}
