package ru.nastavnik.monitoring.campaign;

import java.time.Instant;

/** The region's form as uploaded: its file, layout, start row (rows layout) and mapping text. */
public record TemplateView(
        String fileName, TemplateLayout layout, Integer startRow, String mapping, Instant uploadedAt) {}
