package io.pixelscrub.spark;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * Where each input file goes under OUT: its path relative to the folder given with --in, or, for a glob, relative to
 * the folders before the first wildcard, as {@code pixelscrub scrub IN} mirrors one input folder.
 *
 * @param base the input folder as a path (scheme and authority dropped), without a trailing slash
 * @param local whether inputs are local files (file: URIs), named in the report by their path as the CLI names them
 */
record InputLayout(String base, boolean local) implements Serializable {

    static InputLayout of(String in) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
        String scheme = p.toUri().getScheme();
        String path = p.toUri().getPath();
        int wild = firstWildcard(path);
        if (wild >= 0) {
            path = path.substring(0, path.lastIndexOf('/', wild));
        }
        if (scheme == null || "file".equals(scheme)) {
            Path local = Path.of(path.isEmpty() ? "/" : path).toAbsolutePath().normalize();
            if (wild < 0 && java.nio.file.Files.isRegularFile(local)) {
                local = local.getParent();
            }
            return new InputLayout(local.toString(), true);
        }
        return new InputLayout(path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path, false);
    }

    private static int firstWildcard(String path) {
        for (int i = 0; i < path.length(); i++) {
            if ("*?[{".indexOf(path.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The file's path without scheme and authority (a local path for file: URIs). */
    static String pathOf(String uri) {
        return new org.apache.hadoop.fs.Path(uri).toUri().getPath();
    }

    /** How the report names the input: its local path, or its URI. */
    String display(String uri) {
        return local ? Path.of(pathOf(uri)).toAbsolutePath().normalize().toString() : uri;
    }

    /** The file's path under OUT (and under the quarantine). */
    Path relative(String uri) {
        String p = pathOf(uri);
        String prefix = base.equals("/") ? "/" : base + "/";
        if (!p.startsWith(prefix)) {
            throw new IllegalArgumentException("input outside the input folder: " + p);
        }
        return Path.of(p.substring(prefix.length()));
    }
}
