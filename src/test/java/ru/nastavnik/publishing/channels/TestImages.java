package ru.nastavnik.publishing.channels;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import javax.imageio.ImageIO;

/** Test pictures: a camera's JPEG carrying an EXIF block with a GPS position (Moscow, 55°45′ N), and plain PNGs. */
final class TestImages {

    private TestImages() {}

    static byte[] jpegWithGps(int width, int height) {
        byte[] plain = encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] tiff = gpsTiff();
        byte[] exif = ByteBuffer.allocate(6 + tiff.length)
                .put("Exif\0\0".getBytes())
                .put(tiff)
                .array();
        // APP1 right after SOI, where cameras write it
        ByteBuffer out = ByteBuffer.allocate(plain.length + 4 + exif.length);
        out.put(plain, 0, 2)
                .put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) (exif.length + 2))
                .put(exif)
                .put(plain, 2, plain.length - 2);
        return out.array();
    }

    static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** Big-endian TIFF: IFD0 with the GPSInfo pointer; the GPS IFD with GPSLatitudeRef "N" and GPSLatitude 55/1 45/1 0/1. */
    private static byte[] gpsTiff() {
        ByteBuffer b = ByteBuffer.allocate(80);
        b.put("MM".getBytes()).putShort((short) 42).putInt(8);
        b.putShort((short) 1)
                .putShort((short) 0x8825)
                .putShort((short) 4)
                .putInt(1)
                .putInt(26)
                .putInt(0);
        b.putShort((short) 2);
        b.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(56);
        b.putInt(0);
        b.putInt(55).putInt(1).putInt(45).putInt(1).putInt(0).putInt(1);
        return b.array();
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The JPEG's segment markers from SOI to the start of the scan (APP1 = 0xE1 is where EXIF lives). */
    static java.util.List<Integer> markersBeforeScan(byte[] jpeg) {
        java.util.List<Integer> markers = new java.util.ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return markers;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
