package ru.nastavnik.consent.internal;

/** How printed forms come out: a PDF or DOCX with every form (each its own document), or a ZIP of one per person. */
public enum FormFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ZIP("application/zip", "zip");

    private final String contentType;
    private final String extension;

    FormFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static FormFormat parse(String value) {
        for (FormFormat format : values()) {
            if (format.name().equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw ru.nastavnik.shared.InvalidInputException.of("format", "consent.format.invalid");
    }
}
