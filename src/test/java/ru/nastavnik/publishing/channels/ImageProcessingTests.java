package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.shared.InvalidInputException;

class ImageProcessingTests {

    @Test
    void aCameraJpegWithGpsComesOutWithoutExifAndAtMost1600PixelsOnItsLongerSide() throws Exception {
        byte[] original = TestImages.jpegWithGps(3200, 2400);
        assertThat(TestImages.contains(original, "Exif".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(original)).getWidth()).isEqualTo(3200);

        ImageProcessing.Processed out = ImageProcessing.normalise(original);

        assertThat(out.type()).isEqualTo(FileType.JPEG);
        assertThat(out.width()).isEqualTo(1600);
        assertThat(out.height()).isEqualTo(1200);
        assertThat(TestImages.contains(out.bytes(), "Exif".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(TestImages.markersBeforeScan(original)).contains(0xE1);
        assertThat(TestImages.markersBeforeScan(out.bytes())).doesNotContain(0xE1);
        var decoded = ImageIO.read(new ByteArrayInputStream(out.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(1600);
        assertThat(decoded.getHeight()).isEqualTo(1200);
    }

    @Test
    void aSmallPngKeepsItsSizeAndStaysPng() {
        ImageProcessing.Processed out = ImageProcessing.normalise(TestImages.png(300, 500));
        assertThat(out.type()).isEqualTo(FileType.PNG);
        assertThat(out.width()).isEqualTo(300);
        assertThat(out.height()).isEqualTo(500);
    }

    @Test
    void aTextFileNamedJpgIsRefused() {
        byte[] text = "Это не фотография, а текст, переименованный в photo.jpg".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImageProcessing.normalise(text))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("channels.photo.notImage"));
    }

    @Test
    void aJpegHeaderWithGarbageAfterItIsRefused() {
        byte[] forged = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01, 0x02, 0x03, 0x04};
        assertThatThrownBy(() -> ImageProcessing.normalise(forged))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("channels.photo.notImage"));
    }

    @Test
    void anImage40000PixelsWideIsRefusedFromItsHeaderBeforeDecoding() {
        assertThatThrownBy(() -> ImageProcessing.normalise(TestImages.png(40_000, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("channels.photo.tooManyPixels");
                    assertThat(e.problems().get(0).args()).containsExactly(40_000, 1, 12_000);
                });
    }
}
