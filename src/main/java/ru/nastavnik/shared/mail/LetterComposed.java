package ru.nastavnik.shared.mail;

/**
 * A letter the system wrote, published whether or not the installation sends mail: the in-app notifications keep a
 * copy for the accounts behind its address (a school without a mail server still hears of a comment or a reminder).
 */
public record LetterComposed(String to, String subject, String text) {}
