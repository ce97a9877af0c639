package ru.nastavnik.bank;

import java.util.List;

/** A person's entries in both banks, current and past. */
public record BankHistory(List<MenteeView> asMentee, List<MentorView> asMentor) {}
