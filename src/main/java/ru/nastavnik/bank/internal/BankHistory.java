package ru.nastavnik.bank.internal;

import java.util.List;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;

/** A person's entries in both banks, current and past. */
public record BankHistory(List<MenteeView> asMentee, List<MentorView> asMentor) {}
