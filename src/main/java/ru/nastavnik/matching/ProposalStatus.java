package ru.nastavnik.matching;

public enum ProposalStatus {
    DRAFT,
    APPROVED,
    DISMISSED;

    public String messageKey() {
        return "matching.proposal.status." + name();
    }
}
