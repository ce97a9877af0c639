package ru.nastavnik.events.web;

import ru.nastavnik.events.EventView;
import ru.nastavnik.events.ProtocolDetails;

/** The protocol's form: its number, chair, secretary and the three parts of its text. */
class ProtocolForm {

    private String number;
    private String chair;
    private String secretary;
    private String heard;
    private String spoke;
    private String decided;
    private Long version;

    static ProtocolForm of(EventView event) {
        ProtocolForm form = new ProtocolForm();
        ProtocolDetails p = event.protocol();
        if (p != null) {
            form.number = p.number();
            form.chair = p.chair();
            form.secretary = p.secretary();
            form.heard = p.heard();
            form.spoke = p.spoke();
            form.decided = p.decided();
        }
        form.version = event.version();
        return form;
    }

    ProtocolDetails details() {
        return new ProtocolDetails(number, chair, secretary, heard, spoke, decided);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getSecretary() {
        return secretary;
    }

    public void setSecretary(String secretary) {
        this.secretary = secretary;
    }

    public String getHeard() {
        return heard;
    }

    public void setHeard(String heard) {
        this.heard = heard;
    }

    public String getSpoke() {
        return spoke;
    }

    public void setSpoke(String spoke) {
        this.spoke = spoke;
    }

    public String getDecided() {
        return decided;
    }

    public void setDecided(String decided) {
        this.decided = decided;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
