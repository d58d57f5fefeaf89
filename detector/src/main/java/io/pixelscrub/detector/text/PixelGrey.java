package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;

/**
 * One way to see a pixel as a grey: its luminance (BT.601), or one colour channel alone. Luminance is how text is
 * looked at everywhere; a channel is for colour text of the same luminance as the ground it stands on (cyan
 * {@code 0,225,230} on a grey of 155 is 158 to 155 in luminance and 0 to 155 in red), which luminance does not show.
 */
enum PixelGrey {
    LUMINANCE(-1), RED(0), GREEN(1), BLUE(2);

    private final int channel;

    PixelGrey(int channel) {
        this.channel = channel;
    }

    /** The grey of pixel ({@code x}, {@code y}) of {@code image}; every way sees a grey picture's own value. */
    int of(DisplayImage image, int x, int y) {
        if (channel < 0 || image.channels() == 1) {
            return OcrCrop.luminance(image, x, y);
        }
        return image.pixels()[(y * image.width() + x) * image.channels() + channel] & 0xFF;
    }

    /** The greys of {@code cut} (inside {@code image}), row by row. */
    int[] of(DisplayImage image, Box cut) {
        if (channel < 0 || image.channels() == 1) {
            return OcrCrop.luminance(image, cut);
        }
        int[] grey = new int[cut.width() * cut.height()];
        for (int y = 0; y < cut.height(); y++) {
            for (int x = 0; x < cut.width(); x++) {
                grey[y * cut.width() + x] = of(image, cut.x() + x, cut.y() + y);
            }
        }
        return grey;
    }

    /** The colour channels alone, for a colour picture; none for a grey one. */
    static PixelGrey[] channelsOf(DisplayImage image) {
        return image.channels() >= 3 ? new PixelGrey[] {RED, GREEN, BLUE} : new PixelGrey[0];
    }
}
