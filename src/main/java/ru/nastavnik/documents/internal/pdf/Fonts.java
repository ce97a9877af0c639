package ru.nastavnik.documents.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The one font of every PDF: Liberation Serif (SIL Open Font License 1.1), metrically compatible with Times New
 * Roman, the usual font of Russian official papers, and with Cyrillic. Every family a document names is drawn
 * with it; a PDF renderer without an embedded Cyrillic font prints each letter as «#».
 */
final class Fonts {

    static final String FAMILY = "Liberation Serif";

    private static final byte[] REGULAR = load("LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = load("LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = load("LiberationSerif-Italic.ttf");
    private static final byte[] BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

    private Fonts() {
    }

    /** Subset: only the glyphs a document uses are embedded, a few kilobytes instead of 400 per face. */
    static void register(PdfRendererBuilder builder) {
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(ITALIC), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD_ITALIC), FAMILY, 700, FontStyle.ITALIC, true);
    }

    private static byte[] load(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream("/documents/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from documents/fonts");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
