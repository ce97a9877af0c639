package ru.nastavnik.mentorship;

/**
 * The registered order that approved a pair's programme, and the programme's appendix number in it: the row of the
 * order's table that names the pair.
 */
public record ProgrammeApproval(OrderView order, int appendix) {

    public ProgrammeApproval {
        if (order == null || appendix < 1) {
            throw new IllegalArgumentException("an approval needs its order and an appendix number from 1");
        }
    }
}
