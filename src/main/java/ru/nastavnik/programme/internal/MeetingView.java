package ru.nastavnik.programme.internal;

import java.time.LocalDate;
import java.util.UUID;

public record MeetingView(UUID id, LocalDate heldOn, String topic, String outcome) {}
