package ru.nastavnik.monitoring.campaign.web;

import java.util.HashMap;
import java.util.Map;

/** A school's report as typed: the hand-filled figures by indicator code (numerator and base) and the comment. */
class ReportForm implements java.io.Serializable {

    private Map<String, String> numerator = new HashMap<>();
    private Map<String, String> base = new HashMap<>();
    private String comment;

    public Map<String, String> getNumerator() {
        return numerator;
    }

    public void setNumerator(Map<String, String> numerator) {
        this.numerator = numerator;
    }

    public Map<String, String> getBase() {
        return base;
    }

    public void setBase(Map<String, String> base) {
        this.base = base;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
