package ru.nastavnik.matching.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WishRepository extends JpaRepository<Wish, UUID> {

    @Query("select w from Wish w where w.organisationId = ?1 order by w.createdAt")
    List<Wish> inOrganisation(UUID organisation);

    @Query("select w from Wish w where w.menteeId = ?1 and w.side = ?2")
    List<Wish> ofMentee(UUID mentee, Wish.Side side);
}
