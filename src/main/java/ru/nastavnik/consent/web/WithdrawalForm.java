package ru.nastavnik.consent.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A consent's withdrawal as recorded on the staff card: the day the written withdrawal came, and why. */
record WithdrawalForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate withdrawnOn, String reason) {}
