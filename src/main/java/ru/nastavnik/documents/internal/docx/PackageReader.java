package ru.nastavnik.documents.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import ru.nastavnik.documents.TemplateException;

/** Reads an untrusted archive into memory, judging it by its bytes, never by the name the user gave it. */
final class PackageReader {

    private static final int BUFFER = 64 * 1024;

    private PackageReader() {}

    static byte[] readAll(InputStream in, PackageLimits limits) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxCompressedBytes() + 1));
            if (bytes.length > limits.maxCompressedBytes()) {
                throw new TemplateException(MessageKeys.TOO_LARGE, limits.maxCompressedBytes() / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw TemplateException.causedBy(e, MessageKeys.CORRUPT);
        }
    }

    /** Entries by name, in the archive's order; directories are not parts and are left out. */
    static Map<String, byte[]> unzip(byte[] archive, PackageLimits limits) {
        if (archive.length > limits.maxCompressedBytes()) {
            throw new TemplateException(MessageKeys.TOO_LARGE, limits.maxCompressedBytes() / (1024 * 1024));
        }
        requireZip(archive);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.size() >= limits.maxEntries()) {
                    throw new TemplateException(MessageKeys.ZIP_BOMB);
                }
                byte[] content = inflate(zip, Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total));
                total += content.length;
                // two entries of one name let different readers see different documents
                if (entries.put(entry.getName(), content) != null) {
                    throw new TemplateException(MessageKeys.CORRUPT);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw TemplateException.causedBy(e, MessageKeys.CORRUPT);
        }
        if (entries.isEmpty()) {
            throw new TemplateException(MessageKeys.NOT_DOCX);
        }
        return entries;
    }

    private static byte[] inflate(InputStream entry, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        for (int n = entry.read(buffer); n >= 0; n = entry.read(buffer)) {
            size += n;
            if (size > limit) {
                throw new TemplateException(MessageKeys.ZIP_BOMB);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void requireZip(byte[] head) {
        if (head.length >= 4
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            // Word 97–2003 documents and password-protected DOCX files are both OLE2 containers
            throw new TemplateException(MessageKeys.OLD_FORMAT);
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw new TemplateException(MessageKeys.NOT_DOCX);
        }
    }
}
