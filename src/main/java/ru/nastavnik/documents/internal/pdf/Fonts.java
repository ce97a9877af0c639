package ru.nastavnik.documents.internal.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

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

    private Fonts() {}

    /** Subset: only the glyphs a document uses are embedded, a few kilobytes instead of 400 per face. */
    static void register(PdfRendererBuilder builder) {
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(ITALIC), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD_ITALIC), FAMILY, 700, FontStyle.ITALIC, true);
    }

    /**
     * The font without its glyph-substitution table. PDFBox applies GSUB (Latin ligatures such as «fi») by
     * compiling regular expressions for every string it draws, which made a page cost ~80 ms; Russian documents
     * need no ligatures. The table's entry is dropped from the directory and everything else stays where it was,
     * since table offsets count from the start of the file.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        byte[] out = font.clone();
        ByteBuffer directory = ByteBuffer.wrap(out);
        int kept = 0;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + i * 16;
            String name = new String(font, entry, 4, StandardCharsets.US_ASCII);
            if (!name.equals(tag)) {
                System.arraycopy(font, entry, out, 12 + kept * 16, 16);
                kept++;
            }
        }
        if (kept == tables) {
            return font;
        }
        java.util.Arrays.fill(out, 12 + kept * 16, 12 + tables * 16, (byte) 0);
        int power = Integer.highestOneBit(kept);
        directory.putShort(4, (short) kept);
        directory.putShort(6, (short) (power * 16));
        directory.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        directory.putShort(10, (short) (kept * 16 - power * 16));
        return out;
    }

    private static byte[] load(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream("/documents/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from documents/fonts");
            }
            return withoutTable(in.readAllBytes(), "GSUB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
