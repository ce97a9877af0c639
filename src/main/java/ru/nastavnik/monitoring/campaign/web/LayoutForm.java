package ru.nastavnik.monitoring.campaign.web;

import ru.nastavnik.monitoring.campaign.TemplateLayout;

/**
 * How the campaign's own workbook is read, as typed beside its upload: its layout, the first row of figures and the
 * mapping of its cells to the campaign's figures (the file itself stays a parameter).
 */
record LayoutForm(TemplateLayout layout, Integer startRow, String mapping) {}
