/**
 * Monitoring's own code — pair health, settings, the indicator catalogue and its figures, the two-stage monitoring
 * and the yearly reviews — used by its {@code web} and {@code campaign} packages only: monitoring is a leaf, so its
 * base package exposes nothing to other modules.
 */
package ru.nastavnik.monitoring.internal;
