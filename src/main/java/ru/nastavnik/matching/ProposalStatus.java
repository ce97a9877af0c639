package ru.nastavnik.matching;

enum ProposalStatus {
    DRAFT,
    APPROVED,
    DISMISSED;

    public String messageKey() {
        return "matching.proposal.status." + name();
    }
}
