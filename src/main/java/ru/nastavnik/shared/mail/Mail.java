package ru.nastavnik.shared.mail;

import java.util.List;

/** A plain-text letter, with files attached (an invitation's .ics) or none. */
public record Mail(String to, String subject, String text, List<Attachment> attachments) {

    public Mail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Mail(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }

    /** A file attached to a letter; {@code contentType} as it goes in the part's header (e.g. {@code text/calendar; method=REQUEST}). */
    public record Attachment(String fileName, String contentType, byte[] content) {}
}
