package ru.nastavnik.bank;

public enum TrainingStatus {
    NOT_TRAINED,
    IN_TRAINING,
    TRAINED;

    public String messageKey() {
        return "bank.training." + name();
    }
}
