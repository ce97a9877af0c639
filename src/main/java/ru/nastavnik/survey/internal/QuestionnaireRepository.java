package ru.nastavnik.survey.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, UUID> {

    @Query("select q from Questionnaire q where q.organisationId = ?1 order by q.createdAt desc")
    List<Questionnaire> inOrganisation(UUID organisation);

    @Query("select q from Questionnaire q where q.status = ru.nastavnik.survey.QuestionnaireStatus.OPEN")
    List<Questionnaire> open();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from Questionnaire q where q.id = ?1")
    Optional<Questionnaire> lockById(UUID id);
}
