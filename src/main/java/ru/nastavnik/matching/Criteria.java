package ru.nastavnik.matching;

/** A proposal's score by criterion; the parts add up to {@link #total()}. {@code trained}: points for a trained mentor. */
record Criteria(
        int needs,
        int subject,
        int experience,
        int locality,
        int form,
        int wishes,
        int load,
        int coveredNeeds,
        int needCount,
        int trained) {

    public Criteria(
            int needs,
            int subject,
            int experience,
            int locality,
            int form,
            int wishes,
            int load,
            int coveredNeeds,
            int needCount) {
        this(needs, subject, experience, locality, form, wishes, load, coveredNeeds, needCount, 0);
    }

    public int total() {
        return needs + subject + experience + locality + form + wishes + load + trained;
    }

    String encode() {
        return needs + "," + subject + "," + experience + "," + locality + "," + form + "," + wishes + "," + load + ","
                + coveredNeeds + "," + needCount + "," + trained;
    }

    static Criteria decode(String text) {
        String[] p = text.split(",");
        return new Criteria(
                Integer.parseInt(p[0]),
                Integer.parseInt(p[1]),
                Integer.parseInt(p[2]),
                Integer.parseInt(p[3]),
                Integer.parseInt(p[4]),
                Integer.parseInt(p[5]),
                Integer.parseInt(p[6]),
                Integer.parseInt(p[7]),
                Integer.parseInt(p[8]),
                p.length > 9 ? Integer.parseInt(p[9]) : 0);
    }
}
