package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.AttributeTag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table E.1-1 under a set of options: for each tag, the action to apply and the cell that decided it.
 * A chosen option's cell replaces the basic profile's; where two chosen options both have a cell for one attribute,
 * K (retain) wins over C (clean), which wins over anything else: an option that says retain was asked for by name,
 * and clean keeps more than remove. (In the bundled table the only overlaps agree: K/K and C/C.)
 */
public final class ProfilePolicy {

    /**
     * @param action resolved action
     * @param rule   the deciding cell as "column:code", e.g. "basicProfile:X/Z" or "rtnDevIdOpt:K"; "unlisted" when
     *               the table has no row (the attribute is kept, UIDs and dates aside)
     */
    public record Decision(ProfileAction action, String rule, boolean listed) { }

    private static final Decision UNLISTED = new Decision(ProfileAction.KEEP, "unlisted", false);

    private final ProfileTable table;
    private final ProfileOptions options;
    private final List<String> optionColumns = new ArrayList<>();

    public ProfilePolicy(ProfileTable table, ProfileOptions options) {
        this.table = table;
        this.options = options;
        for (ProfileOption o : options.ordered()) {
            o.column().ifPresent(optionColumns::add);
        }
    }

    public ProfileOptions options() {
        return options;
    }

    public Decision decide(AttributeTag tag) {
        Optional<ProfileTable.Row> row = table.find(tag);
        if (row.isEmpty()) {
            return UNLISTED;
        }
        ProfileTable.Row r = row.get();
        String column = ProfileTable.BASIC_PROFILE;
        String code = r.code(column);
        int rank = -1;
        for (String c : optionColumns) {
            String cell = r.code(c);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            int cellRank = switch (cell.trim()) {
                case "K" -> 2;
                case "C" -> 1;
                default -> 0;
            };
            if (cellRank > rank) {
                rank = cellRank;
                column = c;
                code = cell.trim();
            }
        }
        return new Decision(ProfileAction.resolve(code), column + ":" + code, true);
    }
}
