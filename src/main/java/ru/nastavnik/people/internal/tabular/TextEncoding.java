package ru.nastavnik.people.internal.tabular;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a CSV file and the length of its byte order mark. Russian Excel writes "CSV (разделители —
 * точки с запятой)" in windows-1251, "CSV UTF-8" with a BOM and "Unicode text" as UTF-16LE with a BOM; other
 * programs write UTF-8 without a BOM. Windows-1251 decodes almost any byte sequence, so UTF-8 is tried first:
 * real windows-1251 Cyrillic text is practically never valid UTF-8.
 */
record TextEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /**
     * @param head      the first bytes of the file
     * @param wholeFile whether {@code head} is the whole file; if not, a multi-byte character cut at its end
     *                  is not an error
     */
    static TextEncoding detect(byte[] head, boolean wholeFile) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return new TextEncoding(isStrictUtf8(head, wholeFile) ? StandardCharsets.UTF_8 : WINDOWS_1251, 0);
    }

    static boolean hasUtf16Bom(byte[] head) {
        return startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
    }

    /** The head decoded leniently, good enough to guess the separator from the header line. */
    String preview(byte[] head) {
        return new String(head, bomLength, head.length - bomLength, charset);
    }

    private static boolean isStrictUtf8(byte[] head, boolean wholeFile) {
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length);
        boolean valid = !StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, wholeFile)
                .isError();
        // without endOfInput the decoder leaves an incomplete trailing sequence (at most 3 bytes) unread
        return valid && in.remaining() < 4;
    }

    private static boolean startsWith(byte[] head, int... bom) {
        if (head.length < bom.length) {
            return false;
        }
        for (int i = 0; i < bom.length; i++) {
            if (head[i] != (byte) bom[i]) {
                return false;
            }
        }
        return true;
    }
}
