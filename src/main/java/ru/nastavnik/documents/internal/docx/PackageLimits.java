package ru.nastavnik.documents.internal.docx;

/**
 * How much a DOCX may hold before it is refused. A template is a few pages of XML and perhaps a logo: well under
 * a megabyte. A zip bomb is a small archive whose entries inflate to gigabytes; the reader stops inflating as
 * soon as a limit is crossed, whatever JVM-wide limits POI may have been given elsewhere.
 */
public record PackageLimits(long maxCompressedBytes, long maxEntryBytes, long maxTotalBytes, int maxEntries) {

    /** A file an administrator uploads. */
    public static final PackageLimits UPLOAD = new PackageLimits(10L << 20, 32L << 20, 128L << 20, 2_000);

    /** A document this application generated, e.g. a batch of several hundred consents in one file. */
    public static final PackageLimits GENERATED = new PackageLimits(64L << 20, 256L << 20, 512L << 20, 20_000);
}
