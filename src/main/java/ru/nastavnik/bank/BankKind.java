package ru.nastavnik.bank;

public enum BankKind {
    MENTEE,
    MENTOR
}
