/**
 * The audit events a module publishes when it reads or changes personal data; the {@code audit} module records
 * them.
 */
@org.springframework.modulith.NamedInterface("audit")
package ru.nastavnik.shared.audit;
