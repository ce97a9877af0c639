package ru.nastavnik.people.internal.tabular;

import java.util.List;

/** What the first bytes of a file say it is; the name the user gave it is not trusted. */
enum ContentKind {
    ZIP,
    OLE2,
    BINARY,
    TEXT;

    private static final byte[] OLE2_MAGIC = bytes(0xD0, 0xCF, 0x11, 0xE0);

    /** Formats people upload by mistake; none of them can start a CSV written by a spreadsheet program. */
    private static final List<byte[]> BINARY_MAGIC = List.of(
            bytes('M', 'Z'), // Windows executable
            bytes('%', 'P', 'D', 'F'),
            bytes(0x7F, 'E', 'L', 'F'),
            bytes(0x89, 'P', 'N', 'G'),
            bytes(0xFF, 0xD8, 0xFF), // JPEG
            bytes('G', 'I', 'F', '8'),
            bytes(0x1F, 0x8B), // gzip
            bytes('R', 'a', 'r', '!'),
            bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C));

    static ContentKind of(byte[] head) {
        if (isZip(head)) {
            return ZIP;
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return OLE2;
        }
        if (BINARY_MAGIC.stream().anyMatch(magic -> startsWith(head, magic))) {
            return BINARY;
        }
        // UTF-16 text is full of NULs; only trust it when the BOM says so, as Excel's "Unicode text" does
        if (TextEncoding.hasUtf16Bom(head)) {
            return TEXT;
        }
        for (byte b : head) {
            if (b == 0) {
                return BINARY;
            }
        }
        return TEXT;
    }

    /** Local file header, empty archive or spanned archive: all are zips, none is text. */
    private static boolean isZip(byte[] head) {
        return head.length >= 4
                && head[0] == 'P'
                && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) || (head[2] == 7 && head[3] == 8));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
