package ru.nastavnik.monitoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * A mentor's or a mentee's check-in at the programme's mid-point (stage 1 of its monitoring, process quality): the
 * meetings held, the progress, the difficulties and a satisfaction score of 1–10. Open from two weeks before the
 * mid-point while the programme is worked through; once per person; due by two weeks after it (else it is missed).
 */
@Entity
@Table(name = "monitoring_checkin")
class CheckIn extends OrganisationOwned {

    static final int WINDOW_DAYS = 14;

    @Id
    private UUID id;

    @Column(name = "programme_id")
    private UUID programmeId;

    @Column(name = "person_id")
    private UUID personId;

    private String role;

    @Column(name = "meetings_held")
    private int meetingsHeld;

    private String progress;
    private String difficulties;
    private int satisfaction;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    protected CheckIn() {}

    CheckIn(
            OrganisationId organisation,
            UUID programme,
            PersonId person,
            boolean mentor,
            NewCheckIn form,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate today) {
        super(organisation);
        if (today.isBefore(opensOn(startsOn, endsOn))) {
            throw InvalidInputException.of("programme", "review.checkin.notYet", opensOn(startsOn, endsOn));
        }
        if (form.meetingsHeld() == null || form.meetingsHeld() < 0 || form.meetingsHeld() > 500) {
            throw InvalidInputException.of("meetingsHeld", "review.checkin.meetings.invalid");
        }
        String progressText = text(form.progress());
        if (progressText == null || progressText.length() > 2000) {
            throw InvalidInputException.of("progress", "review.checkin.progress.invalid");
        }
        String difficultiesText = text(form.difficulties());
        if (difficultiesText != null && difficultiesText.length() > 2000) {
            throw InvalidInputException.of("difficulties", "review.checkin.difficulties.tooLong");
        }
        if (form.satisfaction() == null || form.satisfaction() < 1 || form.satisfaction() > 10) {
            throw InvalidInputException.of("satisfaction", "review.checkin.satisfaction.invalid");
        }
        this.id = UUID.randomUUID();
        this.programmeId = programme;
        this.personId = person.value();
        this.role = mentor ? "MENTOR" : "MENTEE";
        this.meetingsHeld = form.meetingsHeld();
        this.progress = progressText;
        this.difficulties = difficultiesText;
        this.satisfaction = form.satisfaction();
        this.submittedOn = today;
    }

    /** The programme's mid-point: half-way from its start to its planned end. */
    static LocalDate midPoint(LocalDate startsOn, LocalDate endsOn) {
        return startsOn.plusDays(java.time.temporal.ChronoUnit.DAYS.between(startsOn, endsOn) / 2);
    }

    static LocalDate opensOn(LocalDate startsOn, LocalDate endsOn) {
        return midPoint(startsOn, endsOn).minusDays(WINDOW_DAYS);
    }

    /** Missed: the mid-point plus the window has passed without it (what pair health should list as a reason). */
    static boolean missed(LocalDate startsOn, LocalDate endsOn, LocalDate today, boolean submitted) {
        return !submitted && today.isAfter(midPoint(startsOn, endsOn).plusDays(WINDOW_DAYS));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    PersonId person() {
        return new PersonId(personId);
    }

    CheckInView view(String name) {
        return new CheckInView(
                person(), name, "MENTOR".equals(role), meetingsHeld, progress, difficulties, satisfaction, submittedOn);
    }
}
