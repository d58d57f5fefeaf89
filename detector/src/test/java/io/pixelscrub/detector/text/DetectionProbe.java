package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.models.Box;
import java.util.List;

/** Exploration: coverage of the catalogue per locator setting (not a test). */
public final class DetectionProbe {
    public static void main(String[] args) {
        DbnetModel model = DbnetModel.valueOf(args[0]);
        double up = Double.parseDouble(args[1]);
        int w = Integer.parseInt(args[2]), h = Integer.parseInt(args[3]);
        DbnetSettings settings = DbnetSettings.defaults().withModel(model).withUpscale(up, up > 1 ? 100000 : 0).withThreads(2);
        DisplayMapper mapper = new DisplayMapper();
        try (DbnetTextLocator loc = new DbnetTextLocator(settings)) {
            for (SceneCatalogue.Named n : SceneCatalogue.all(w, h)) {
                DisplayImage img = mapper.render(n.scene().grey8()).get(0);
                if (args.length > 4) img = mapper.render(n.scene().rgb8()).get(0);
                long t = System.nanoTime();
                List<Box> boxes = loc.locate(img).stream().map(TextBox::box).toList();
                long ms = (System.nanoTime() - t) / 1_000_000;
                int ok = 0;
                StringBuilder miss = new StringBuilder();
                for (Scene.Drawn d : n.scene().drawn()) {
                    int u = Coverage.uncovered(d.truth(), boxes);
                    if (u == 0) ok++; else miss.append(" [").append(d.fontSize()).append("px ").append(u).append("/").append(d.truth().area()).append(" ").append(d.truth()).append("]");
                }
                System.out.printf("%-26s %d/%d fp=%d boxes=%d %dms%s%n", n.name(), ok, n.scene().drawn().size(),
                        Coverage.falsePositives(boxes, n.scene().drawn()), boxes.size(), ms, miss);
            }
            for (SceneCatalogue.Named n : SceneCatalogue.textFree(w, h)) {
                List<TextBox> boxes = loc.locate(mapper.render(n.scene().grey8()).get(0));
                System.out.printf("%-26s fp=%d %s%n", n.name(), boxes.size(), boxes);
            }
        }
    }
}
