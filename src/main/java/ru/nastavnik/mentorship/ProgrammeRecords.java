package ru.nastavnik.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;

/** Evidence of an activity done: a stored file or a link (to a lesson plan, a video, a published article). */
@Entity
@Table(name = "programme_evidence")
class Evidence {

    @Id
    private UUID id;
    @Column(name = "activity_id")
    private UUID activityId;
    @Column(name = "file_id")
    private UUID fileId;
    private String url;
    private String title;
    @Column(name = "added_by")
    private UUID addedBy;
    @Column(name = "added_at")
    private Instant addedAt;

    protected Evidence() {
    }

    Evidence(UUID activity, UUID file, String url, String title, PersonId by, Instant now) {
        if ((file == null) == (url == null)) {
            throw InvalidInputException.of("file", "programme.evidence.fileOrLink");
        }
        if (url != null && (url.length() > 1000 || !url.matches("(?i)https?://[^\\s<>\"]+"))) {
            throw InvalidInputException.of("url", "programme.evidence.url.invalid");
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw InvalidInputException.of("title", "programme.evidence.title.invalid");
        }
        this.id = UUID.randomUUID();
        this.activityId = activity;
        this.fileId = file;
        this.url = url;
        this.title = title.strip();
        this.addedBy = by.value();
        this.addedAt = now;
    }

    UUID fileId() {
        return fileId;
    }

    EvidenceView view() {
        return new EvidenceView(id, activityId, title, url, fileId != null, addedAt);
    }
}

/** A meeting of the pair: when, about what, with what outcome. */
@Entity
@Table(name = "programme_meeting")
class Meeting {

    @Id
    private UUID id;
    @Column(name = "programme_id")
    private UUID programmeId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String topic;
    private String outcome;
    @Column(name = "logged_by")
    private UUID loggedBy;
    @Column(name = "logged_at")
    private Instant loggedAt;

    protected Meeting() {
    }

    Meeting(UUID programme, LocalDate heldOn, String topic, String outcome, PersonId by, Instant now) {
        if (heldOn == null) {
            throw InvalidInputException.of("heldOn", "programme.meeting.date.required");
        }
        if (topic == null || topic.isBlank() || topic.length() > 500) {
            throw InvalidInputException.of("topic", "programme.meeting.topic.invalid");
        }
        if (outcome != null && outcome.length() > 2000) {
            throw InvalidInputException.of("outcome", "programme.meeting.outcome.tooLong");
        }
        this.id = UUID.randomUUID();
        this.programmeId = programme;
        this.heldOn = heldOn;
        this.topic = topic.strip();
        this.outcome = outcome == null || outcome.isBlank() ? null : outcome.strip();
        this.loggedBy = by.value();
        this.loggedAt = now;
    }

    MeetingView view() {
        return new MeetingView(id, heldOn, topic, outcome);
    }
}

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

    @Query("select p from Programme p where p.organisationId = ?1 order by p.createdAt desc")
    List<Programme> inOrganisation(UUID organisation);

    @Query("select p from Programme p where p.status = ru.nastavnik.mentorship.ProgrammeStatus.IN_PROGRESS")
    List<Programme> inProgress();

    @Query("select p from Programme p where p.mentorshipId = ?1 and p.status <> ru.nastavnik.mentorship.ProgrammeStatus.TERMINATED")
    java.util.Optional<Programme> ofMentorship(UUID mentorship);
}

interface EvidenceRepository extends JpaRepository<Evidence, UUID> {

    @Query("select e from Evidence e where e.activityId in ?1 order by e.addedAt")
    List<Evidence> ofActivities(java.util.Collection<UUID> activities);
}

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

    @Query("select m from Meeting m where m.programmeId = ?1 order by m.heldOn")
    List<Meeting> ofProgramme(UUID programme);
}
