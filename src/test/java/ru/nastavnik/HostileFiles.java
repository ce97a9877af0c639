package ru.nastavnik;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The file a form of {@link HostileValuesWalkIntegrationTests} is sent with, of the kind its route takes, so that the
 * hostile value in one of its other fields (an order's number, a certificate's course, a scan's date) reaches the
 * service instead of stopping at «no file»: a staff file for an import, a DOCX for a template or a programme's
 * evidence, a PNG for a photo or a scan, a PDF for the rest.
 */
final class HostileFiles {

    private HostileFiles() {}

    static MockMultipartFile plausible(String pattern, String name) {
        if (pattern.contains("/staff/import") || pattern.contains("/staff/file")) {
            return new MockMultipartFile(
                    name,
                    "staff.csv",
                    "text/csv",
                    "ФИО;Пол;Должность\nТихонова Вера Олеговна;Ж;учитель\n".getBytes(StandardCharsets.UTF_8));
        }
        if (pattern.contains("template") || pattern.contains("/evidence")) {
            return new MockMultipartFile(name, "document.docx", "application/octet-stream", docx());
        }
        if (pattern.contains("photo") || pattern.contains("/orders/") || pattern.contains("consent")) {
            return new MockMultipartFile(name, "scan.png", "image/png", png());
        }
        return new MockMultipartFile(
                name,
                "document.pdf",
                "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] docx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Документ обхода");
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
