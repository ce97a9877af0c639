package ru.nastavnik.mentorship.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.mentorship.OrderKind;

interface OrderRepository extends JpaRepository<MentorshipOrder, UUID> {

    @Query("select o from MentorshipOrder o where o.organisationId = ?1 order by o.createdAt desc")
    List<MentorshipOrder> inOrganisation(UUID organisation);

    /** The registered orders of this kind that name the pair, the latest first. */
    @Query("select o from MentorshipOrder o join o.mentorships m where o.organisationId = ?1 and o.kind = ?2 "
            + "and o.status = ru.nastavnik.mentorship.OrderStatus.REGISTERED and m = ?3 order by o.registeredAt desc")
    List<MentorshipOrder> registeredNaming(UUID organisation, OrderKind kind, UUID mentorship);

    /** The registered orders with a signed scan that name any of these pairs, the latest first. */
    @Query("select distinct o from MentorshipOrder o join o.mentorships m where m in ?1 and o.scanFileId is not null "
            + "and o.status = ru.nastavnik.mentorship.OrderStatus.REGISTERED order by o.registeredAt desc")
    List<MentorshipOrder> registeredWithScanNaming(java.util.Collection<UUID> mentorships);
}
