package ru.nastavnik.documents.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class FontsTests {

    @Test
    void theFontLosesOnlyItsSubstitutionTable() throws Exception {
        byte[] original;
        try (InputStream in = Fonts.class.getResourceAsStream("/documents/fonts/LiberationSerif-Regular.ttf")) {
            original = in.readAllBytes();
        }
        byte[] stripped = Fonts.withoutTable(original, "GSUB");

        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
                TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(stripped))) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getTableMap().keySet())
                    .containsAll(before.getTableMap().keySet().stream()
                            .filter(t -> !t.equals("GSUB"))
                            .toList());
            assertThat(after.nameToGID("afii10017")).isEqualTo(before.nameToGID("afii10017"));
            assertThat(after.getUnicodeCmapLookup().getGlyphId('Ж'))
                    .isEqualTo(before.getUnicodeCmapLookup().getGlyphId('Ж'));
        }
        assertThat(Fonts.withoutTable(stripped, "GSUB")).isSameAs(stripped);
    }
}
