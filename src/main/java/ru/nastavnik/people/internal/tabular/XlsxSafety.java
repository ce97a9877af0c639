package ru.nastavnik.people.internal.tabular;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Limits for untrusted workbooks, and the translation of whatever POI throws into a message for the user.
 * <p>
 * ZipSecureFile's limits are JVM-wide. The values are safe for every workbook this application reads: a list
 * of teachers is a few megabytes of XML at most, and an entry inflating more than 100 times (real sheets
 * compress 5–20 times) is what a zip bomb looks like. POI stops inflating as soon as a limit is crossed.
 */
final class XlsxSafety {

    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** POI's own default, stated here so that nothing else in the JVM quietly raises it for us. */
    static final long MAX_TEXT_CHARS = 10L * 1024 * 1024;

    /** Causes are followed only this deep, in case a library builds a cycle. */
    private static final int MAX_CAUSES = 32;

    private XlsxSafety() {}

    static void applyLimits() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    /**
     * POI reports a zip bomb as a plain IOException (possibly wrapped by the XML parser), so it is recognised
     * by its message. Anything else from a broken archive, a missing part or a rejected DOCTYPE is "corrupt".
     */
    static TabularFileException translate(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof TabularFileException known) {
                return known;
            }
            if (isZipBomb(cause.getMessage())) {
                return TabularFileException.because(failure, MessageKeys.ZIP_BOMB);
            }
            if (cause instanceof NotOfficeXmlFileException || isPlainZip(cause)) {
                return TabularFileException.because(failure, MessageKeys.NOT_WORKBOOK);
            }
        }
        return TabularFileException.because(failure, MessageKeys.CORRUPT);
    }

    /** Every Office file has a content types part; a zip without one is some other archive. */
    private static boolean isPlainZip(Throwable cause) {
        return cause instanceof InvalidFormatException
                && cause.getMessage() != null
                && cause.getMessage().contains("should contain a content type part");
    }

    private static boolean isZipBomb(String message) {
        return message != null && (message.contains("Zip bomb detected") || message.contains("potentially malicious"));
    }
}
