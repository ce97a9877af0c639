/**
 * The append-only log of every read and change of personal data (who, when, what, from where), kept for
 * 152-ФЗ accountability and shown to an organisation's director and curator.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: audit", "shared :: security", "shared :: web"})
package ru.nastavnik.audit;
