package ru.nastavnik.bank.internal;

public enum BankKind {
    MENTEE,
    MENTOR
}
