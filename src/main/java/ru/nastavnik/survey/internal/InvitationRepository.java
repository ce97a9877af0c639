package ru.nastavnik.survey.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Every change of an invitation loads it with a row lock: an autosave still in flight when the person presses
 * "submit" (or a reminder going out meanwhile) waits for the other instead of failing or overwriting it.
 */
interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByToken(String token);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.token = ?1")
    Optional<Invitation> lockByToken(String token);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.id = ?1")
    Optional<Invitation> lockById(UUID id);

    /**
     * Those who have not answered and may still be reminded (at most {@code max} times, not since {@code before}),
     * leaving out anyone archived or whose data may no longer be processed (a withdrawn consent).
     */
    @Query(
            nativeQuery = true,
            value = "select i.id from survey_invitation i join person p on p.id = i.person_id "
                    + "where i.questionnaire_id = ?1 and i.status <> 'SUBMITTED' and i.email is not null and i.reminders < ?2 "
                    + "and coalesce(i.reminded_at, i.invited_at) < ?3 and p.archived_at is null "
                    + "and p.processing_restricted_at is null and p.anonymised_at is null")
    List<UUID> remindable(UUID questionnaire, int max, java.time.Instant before);

    /** An anonymous questionnaire closes: the unsent drafts, kept next to the names, are dropped. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Invitation i set i.draft = null where i.questionnaireId = ?1")
    int dropDrafts(UUID questionnaire);

    @Query("select i from Invitation i where i.questionnaireId = ?1 order by i.invitedAt")
    List<Invitation> ofQuestionnaire(UUID questionnaire);

    @Query("select i from Invitation i where i.personId = ?1 order by i.invitedAt desc")
    List<Invitation> ofPerson(UUID person);

    @Query("select count(i) from Invitation i where i.questionnaireId = ?1")
    long countOf(UUID questionnaire);
}
