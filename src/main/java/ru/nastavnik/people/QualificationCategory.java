package ru.nastavnik.people;

/**
 * Qualification categories of teaching staff (приказ Минпросвещения № 196 от 24.03.2023 added
 * «педагог-методист» and «педагог-наставник» to the first and the highest).
 */
public enum QualificationCategory {
    NONE,
    CONFORMITY,
    FIRST,
    HIGHEST,
    METHODIST,
    MENTOR;

    public String messageKey() {
        return "qualification." + name();
    }
}
