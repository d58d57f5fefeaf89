package io.pixelscrub.scrubber.codec;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Loads a Debian shared library through JNA once, or remembers why it could not: a missing library means the codec
 * falls back to its command-line tool, never that the run fails. {@code -Dpixelscrub.codecs=tools} turns every
 * in-process codec off (to compare, or to step around a library fault).
 */
final class NativeLibrary<T extends Library> {
    private final String name;
    private final Optional<T> library;
    private final String problem;

    private NativeLibrary(String name, T library, String problem) {
        this.name = name;
        this.library = Optional.ofNullable(library);
        this.problem = problem;
    }

    static <T extends Library> NativeLibrary<T> load(String soname, String debianPackage, Class<T> api) {
        if ("tools".equals(System.getProperty("pixelscrub.codecs"))) {
            return new NativeLibrary<>(soname, null, "turned off by -Dpixelscrub.codecs=tools");
        }
        if (Native.SIZE_T_SIZE != 8) {
            // The bindings pass size_t and pointers as 64-bit values (amd64, arm64).
            return new NativeLibrary<>(soname, null, "needs a 64-bit JVM");
        }
        T library;
        try {
            library = Native.load(soname, api);
        } catch (UnsatisfiedLinkError e) {
            return new NativeLibrary<>(soname, null, "not found (Debian package " + debianPackage + ")");
        }
        // JNA binds each function at its first call: a library too old to have one would fail mid-run, so every
        // function of the binding is looked up now.
        com.sun.jna.NativeLibrary loaded = com.sun.jna.NativeLibrary.getInstance(soname);
        for (Method m : api.getMethods()) {
            if (!m.isDefault() && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == api) {
                try {
                    loaded.getFunction(m.getName());
                } catch (UnsatisfiedLinkError e) {
                    return new NativeLibrary<>(soname, null, "lacks " + m.getName() + " (too old; Debian package "
                            + debianPackage + ")");
                }
            }
        }
        return new NativeLibrary<>(soname, library, null);
    }

    Optional<T> library() {
        return library;
    }

    T require() {
        return library.orElseThrow(() -> new IllegalStateException(name + " " + problem));
    }

    /** One line for logs and `bench`: loaded, or why not. */
    String describe() {
        return name + (library.isPresent() ? " loaded" : ": " + problem);
    }
}
