package org.chaingraph.imports;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * The encoding of a dataset's CSV files when the user names it ({@code chaingraph import --encoding}),
 * instead of detecting it per file ({@link DatasetReader#charsetOf}). One import per command-line
 * process, so the choice is the process's.
 */
public final class Encoding {

    private static volatile Charset forced;

    private Encoding() {
    }

    /**
     * Reads every file in {@code name} (e.g. {@code UTF-8}, {@code GB18030}, {@code GBK}); null or
     * {@code auto} detects again.
     *
     * @throws IllegalArgumentException naming the encodings to choose from, for an unknown name
     */
    public static void force(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
            forced = null;
            return;
        }
        try {
            forced = Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding '" + name + "': use auto (the default), UTF-8, GB18030 or GBK");
        }
    }

    static Charset forced() {
        return forced;
    }
}
