package ru.nastavnik.publishing.channels;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A news photo as it may be published: JPEG or PNG by its content (not its name), at most {@value #MAX_SIDE} px on its
 * longer side, and re-encoded from its pixels alone — EXIF (the camera, the time, the GPS position of a school or a
 * home) and every other metadata block are not carried over. The dimensions are read from the header before any
 * pixel is decoded, so a 40,000-pixel "bomb" is refused without filling the memory.
 */
final class ImageProcessing {

    static final int MAX_SIDE = 1600;
    static final int MAX_SOURCE_SIDE = 12_000;
    static final long MAX_SOURCE_PIXELS = 50_000_000L;

    record Processed(byte[] bytes, FileType type, int width, int height) {}

    private ImageProcessing() {}

    static Processed normalise(byte[] input) {
        FileType type = sniff(input);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(input))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw notImage();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SOURCE_SIDE || height > MAX_SOURCE_SIDE || (long) width * height > MAX_SOURCE_PIXELS) {
                    throw InvalidInputException.of(
                            "file", "channels.photo.tooManyPixels", width, height, MAX_SOURCE_SIDE);
                }
                BufferedImage source = reader.read(0);
                BufferedImage resized = resize(source, type == FileType.PNG);
                return new Processed(encode(resized, type), type, resized.getWidth(), resized.getHeight());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            // a truncated or forged file, a CMYK JPEG ImageIO cannot decode: not a photo we can publish
            throw notImage();
        }
    }

    private static FileType sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return FileType.JPEG;
        }
        if (b.length >= 8
                && (b[0] & 0xFF) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return FileType.PNG;
        }
        throw notImage();
    }

    private static BufferedImage resize(BufferedImage source, boolean alpha) {
        int width = source.getWidth();
        int height = source.getHeight();
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        // always drawn onto a fresh image: only pixels survive, whatever the source carried
        BufferedImage target =
                new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, FileType type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (type == FileType.PNG) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInputException notImage() {
        return InvalidInputException.of("file", "channels.photo.notImage");
    }
}
