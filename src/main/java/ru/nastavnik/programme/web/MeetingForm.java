package ru.nastavnik.programme.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting as the pair writes it on the programme's page: refused, it is shown again as she typed it. */
class MeetingForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    private String topic;
    private String outcome;

    /** An empty form dated the school's today: most meetings are written down on the day they are held. */
    static MeetingForm on(LocalDate today) {
        MeetingForm form = new MeetingForm();
        form.heldOn = today;
        return form;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
