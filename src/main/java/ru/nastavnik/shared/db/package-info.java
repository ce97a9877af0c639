/**
 * The embedded PostgreSQL started when no database is configured (durable settings, orphan postmaster cleanup).
 * Configuration only: no other module uses it, so it is not a named interface.
 */
package ru.nastavnik.shared.db;
