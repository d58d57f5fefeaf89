package io.pixelscrub.detector.text;

import io.pixelscrub.models.Box;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/** The synthetic scenes the text-engine tests and the benchmark share: each a hard case for burned-in text. */
final class SceneCatalogue {

    static final String[] LINES = {
        "DOE^JOHN", "ID: 12345678", "DOB 1961-04-23", "Acc 8842193", "03/14/2021 10:22:31",
        "St. Mary Hospital", "MRN 00451234 F 62Y", "Jane Q Public", "Exam CT ABD", "Ref: Dr Gupta",
        "Patient: Smith, Anna", "Study 2019-11-02", "PID 7730-221-09", "Sex M Age 047Y",
    };

    static final String[] FONTS = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "Liberation Sans", "Liberation Mono",
        "Liberation Serif", "Noto Mono"};

    record Named(String name, Scene scene) { }

    private SceneCatalogue() { }

    /** Every case, at the given size (at least 640 x 480). */
    static List<Named> all(int width, int height) {
        List<Named> scenes = new ArrayList<>();
        scenes.add(new Named("small-8px", smallText(width, height)));
        scenes.add(new Named("sizes-and-fonts", sizesAndFonts(width, height)));
        scenes.add(new Named("low-contrast", lowContrast(width, height)));
        scenes.add(new Named("colour-on-black", colours(width, height)));
        scenes.add(new Named("backdrops-over-anatomy", backdrops(width, height)));
        scenes.add(new Named("inverse", inverse(width, height)));
        scenes.add(new Named("over-anatomy", overAnatomy(width, height)));
        scenes.add(new Named("over-noise-and-gradient", overNoise(width, height)));
        return scenes;
    }

    static String line(int i) {
        return LINES[Math.floorMod(i, LINES.length)];
    }

    static Scene smallText(int w, int h) {
        Scene s = new Scene(w, h, SceneBackground.BLACK, 1);
        int y = 20;
        for (int i = 0; i < 6; i++, y += 16) {
            s.text(line(i), FONTS[i % FONTS.length], Font.PLAIN, 8, Color.WHITE, i % 2 == 0, 6, y);
        }
        s.text(line(7), "DejaVu Sans", Font.PLAIN, 8, new Color(200, 200, 200), true, w - 110, h - 10);
        s.text(line(8), "Liberation Sans", Font.BOLD, 9, Color.WHITE, false, w - 110, h - 26);
        return s;
    }

    static Scene sizesAndFonts(int w, int h) {
        Scene s = new Scene(w, h, SceneBackground.BLACK, 2);
        int[] sizes = {10, 12, 14, 18, 24, 36};
        int y = 30;
        for (int i = 0; i < sizes.length; i++) {
            y += sizes[i] + 14;
            s.text(line(i + 2), FONTS[i % FONTS.length], i == 3 ? Font.BOLD : Font.PLAIN, sizes[i], Color.WHITE, i != 1, 12 + 7 * i, y);
        }
        s.text(line(10), "Liberation Serif", Font.ITALIC, 16, Color.WHITE, true, w / 2 + 20, 40);
        return s;
    }

    static Scene lowContrast(int w, int h) {
        Scene s = new Scene(w, h, SceneBackground.GRADIENT, 3);
        s.backdrop(new Box(0, 0, w, 60), new Color(30, 30, 30));
        s.text(line(0), "DejaVu Sans", Font.PLAIN, 14, new Color(62, 62, 62), true, 10, 24);
        s.text(line(1), "Liberation Mono", Font.PLAIN, 12, new Color(55, 55, 55), false, w / 2, 50);
        s.text(line(2), "DejaVu Sans", Font.PLAIN, 16, new Color(150, 150, 150), true, 20, h / 2);
        s.text(line(3), "DejaVu Sans Mono", Font.PLAIN, 12, new Color(120, 120, 120), true, w / 2, h - 40);
        return s;
    }

    static Scene colours(int w, int h) {
        Scene s = new Scene(w, h, SceneBackground.BLACK, 4);
        Color[] colours = {Color.YELLOW, Color.GREEN, Color.CYAN, new Color(255, 60, 60), Color.MAGENTA, new Color(40, 140, 255),
            new Color(255, 160, 0)};
        int y = 30;
        for (int i = 0; i < colours.length; i++, y += 36) {
            s.text(line(i + 4), FONTS[(i + 1) % FONTS.length], Font.PLAIN, 10 + 2 * i, colours[i], true, 14 + 20 * i, y);
        }
        return s;
    }

    static Scene backdrops(int w, int h) {
        Scene s = new Scene(w, h, SceneBackground.ANATOMY, 5);
        s.backdrop(new Box(w / 2 - 90, h / 2 - 22, 190, 30), new Color(20, 20, 90));
        s.text(line(0), "DejaVu Sans", Font.BOLD, 16, Color.WHITE, true, w / 2 - 84, h / 2);
        s.backdrop(new Box(10, h - 60, 200, 26), Color.WHITE);
        s.text(line(1), "Liberation Sans", Font.PLAIN, 14, Color.BLACK, true, 16, h - 42);
        s.backdrop(new Box(w - 230, 12, 220, 22), new Color(60, 60, 60));
        s.text(line(2), "DejaVu Sans Mono", Font.PLAIN, 12, Color.YELLOW, false, w - 224, 28);
        return s;
    }

    static Scene inverse(int w, int h) {
        Scene s = new Scene(w, h, SceneBackground.WHITE, 6);
        s.text(line(5), "DejaVu Serif", Font.PLAIN, 14, Color.BLACK, true, 20, 40);
        s.text(line(6), "DejaVu Sans", Font.PLAIN, 10, new Color(60, 60, 60), true, 20, 80);
        s.text(line(7), "Liberation Mono", Font.BOLD, 18, new Color(0, 0, 120), false, w / 2, h / 2);
        s.text(line(9), "Noto Mono", Font.PLAIN, 12, new Color(150, 150, 150), true, 30, h - 30);
        return s;
    }

    static Scene overAnatomy(int w, int h) {
        Scene s = new Scene(w, h, SceneBackground.ANATOMY, 7);
        s.text(line(0), "DejaVu Sans", Font.PLAIN, 14, Color.WHITE, true, w / 2 - 60, h / 2 - 20);
        s.text(line(2), "Liberation Sans", Font.PLAIN, 12, Color.WHITE, true, w / 2 - 80, h / 2 + 40);
        s.text(line(11), "DejaVu Sans", Font.PLAIN, 10, new Color(230, 230, 230), true, 8, 14);
        s.text(line(12), "DejaVu Sans", Font.PLAIN, 10, Color.WHITE, true, w - 120, h - 8);
        return s;
    }

    /**
     * White text across the bright bone ring: in a soft-tissue window bone and text are both white, so only an
     * extra rendering (full stored range) shows it. Use with {@link Scene#ct16WithWindow()}.
     */
    static Scene overBone(int w, int h) {
        Scene s = new Scene(w, h, SceneBackground.ANATOMY, 7);
        s.text(line(3), "DejaVu Sans Mono", Font.PLAIN, 12, Color.WHITE, false, (int) (w * 0.05), h / 2 + 4);
        s.text(line(0), "DejaVu Sans", Font.PLAIN, 14, Color.WHITE, true, w / 2 - 60, (int) (h * 0.1) + 2);
        return s;
    }

    static Scene overNoise(int w, int h) {
        Scene s = new Scene(w, h, SceneBackground.NOISE, 8);
        s.text(line(4), "DejaVu Sans", Font.PLAIN, 12, Color.WHITE, true, 20, 40);
        s.text(line(13), "Liberation Mono", Font.PLAIN, 14, Color.BLACK, true, w / 2, 90);
        s.text(line(9), "DejaVu Serif", Font.PLAIN, 10, new Color(235, 235, 235), true, 30, h - 24);
        return s;
    }

    /** A 2400 x 2000 frame with 10-pixel text in corners and the middle, over anatomy. */
    static Scene large(int w, int h) {
        Scene s = new Scene(w, h, SceneBackground.ANATOMY, 9);
        s.text(line(0), "DejaVu Sans", Font.PLAIN, 10, Color.WHITE, true, 10, 16);
        s.text(line(1), "DejaVu Sans", Font.PLAIN, 10, Color.WHITE, true, w - 110, 16);
        s.text(line(2), "Liberation Sans", Font.PLAIN, 10, Color.WHITE, true, 10, h - 8);
        s.text(line(3), "DejaVu Sans Mono", Font.PLAIN, 10, Color.WHITE, false, w - 140, h - 8);
        // Straddling the first tile seams (1024 px tiles, 96 px overlap): a line must survive being cut.
        s.text(line(4), "DejaVu Sans", Font.PLAIN, 10, Color.WHITE, true, 930, 1004);
        s.text(line(5), "DejaVu Sans", Font.PLAIN, 10, Color.YELLOW, true, w / 2, h / 2);
        return s;
    }

    /** Text-free frames: anything found here is a false positive. */
    static List<Named> textFree(int w, int h) {
        List<Named> scenes = new ArrayList<>();
        for (long seed = 20; seed < 23; seed++) {
            scenes.add(new Named("anatomy-" + seed, new Scene(w, h, SceneBackground.ANATOMY, seed)));
        }
        scenes.add(new Named("noise", new Scene(w, h, SceneBackground.NOISE, 30)));
        scenes.add(new Named("gradient", new Scene(w, h, SceneBackground.GRADIENT, 31)));
        return scenes;
    }
}
