package ru.nastavnik.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.shared.InvalidInputException;

/** One line of the programme's plan: what, in what form, by when, who answers for it, what should come of it. */
@Entity
@Table(name = "programme_activity")
class Activity {

    static final int DUE_SOON_DAYS = 7;

    @Id
    private UUID id;

    @ManyToOne
    @JoinColumn(name = "programme_id")
    private Programme programme;

    private int position;
    private String need;
    private String title;
    private String form;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ActivityRole responsible;

    @Column(name = "expected_result")
    private String expectedResult;

    @Column(name = "report_form")
    private String reportForm;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "result_note")
    private String resultNote;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Version
    private Long version;

    protected Activity() {}

    Activity(Programme programme, int position, PlanItem item) {
        this.id = UUID.randomUUID();
        this.programme = programme;
        this.position = position;
        this.need = item.need();
        this.title = item.title();
        this.form = item.form();
        this.dueOn = item.dueOn();
        this.responsible = item.responsible();
        this.expectedResult = item.expectedResult();
        this.reportForm = item.reportForm();
    }

    /** The draft's line rewritten (its place in the plan stays). */
    void revise(PlanItem item) {
        this.need = item.need();
        this.title = item.title();
        this.form = item.form();
        this.dueOn = item.dueOn();
        this.responsible = item.responsible();
        this.expectedResult = item.expectedResult();
        this.reportForm = item.reportForm();
    }

    void markDone(LocalDate on, String note) {
        if (note != null && note.length() > 2000) {
            throw InvalidInputException.of("resultNote", "programme.result.tooLong");
        }
        doneOn = on;
        resultNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** Due within {@code days} of today, not done, and not reminded yet: the one reminder it gets is now. */
    boolean remindNow(LocalDate today, int days) {
        if (doneOn != null || remindedOn != null || dueOn.isBefore(today) || dueOn.isAfter(today.plusDays(days))) {
            return false;
        }
        remindedOn = today;
        return true;
    }

    String title() {
        return title;
    }

    /** The «Выполнено» mark taken back, with the note on its result that came with it. */
    void reopen() {
        doneOn = null;
        resultNote = null;
    }

    UUID id() {
        return id;
    }

    boolean done() {
        return doneOn != null;
    }

    boolean overdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    LocalDate dueOn() {
        return dueOn;
    }

    /** Not done and due within the week ahead: the cabinet shows it so that the pair plans for it in time. */
    boolean dueSoon(LocalDate today) {
        return doneOn == null && !dueOn.isBefore(today) && !dueOn.isAfter(today.plusDays(DUE_SOON_DAYS));
    }

    ActivityView view(LocalDate today) {
        return view(today, false);
    }

    /** {@code working}: the programme is being worked through, so that what is due soon matters. */
    ActivityView view(LocalDate today, boolean working) {
        return new ActivityView(
                id,
                position,
                need,
                title,
                form,
                dueOn,
                responsible,
                expectedResult,
                reportForm,
                doneOn,
                resultNote,
                overdue(today),
                working && dueSoon(today),
                version == null ? 0 : version);
    }
}
