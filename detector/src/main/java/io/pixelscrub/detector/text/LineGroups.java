package io.pixelscrub.detector.text;

import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Groups boxes that are pieces of one text line ({@link LineBoxes#sameLine}), repeatedly, because a grown union can
 * reach a piece that neither part reached alone. Each group's box is the union of its members, so nothing a member
 * covered is lost.
 */
final class LineGroups {

    private LineGroups() { }

    record Group<T>(Box box, List<T> members) { }

    static <T> List<Group<T>> of(List<T> items, Function<T, Box> boxOf) {
        List<Box> boxes = new ArrayList<>();
        List<List<T>> members = new ArrayList<>();
        for (T item : items) {
            boxes.add(boxOf.apply(item));
            members.add(new ArrayList<>(List.of(item)));
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = boxes.size() - 1; j > i; j--) {
                    if (LineBoxes.sameLine(boxes.get(i), boxes.get(j))) {
                        boxes.set(i, boxes.get(i).union(boxes.remove(j)));
                        members.get(i).addAll(members.remove(j));
                        merged = true;
                    }
                }
            }
        }
        List<Group<T>> groups = new ArrayList<>(boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            groups.add(new Group<>(boxes.get(i), List.copyOf(members.get(i))));
        }
        return groups;
    }
}
