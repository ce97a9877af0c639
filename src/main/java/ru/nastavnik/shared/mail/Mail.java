package ru.nastavnik.shared.mail;

/** A plain-text letter. */
public record Mail(String to, String subject, String text) {
}
