package ru.nastavnik.mentorship;

/** The mentorship orders a school issues (typical set of schools' practice; the texts are editable templates). */
public enum OrderKind {
    /** «О закреплении наставнических пар (групп)». */
    ASSIGNMENT,
    /** «О досрочном прекращении наставничества». */
    TERMINATION,
    /** «Об утверждении персонализированных программ наставничества». */
    PROGRAMME_APPROVAL,
    /** «Об утверждении Положения о системе наставничества и дорожной карты» (stage 1). */
    REGULATION,
    /** «О завершении реализации персонализированных программ наставничества и поощрении наставников» (stage 6). */
    COMPLETION;

    public String messageKey() {
        return "mentorship.order.kind." + name();
    }
}
