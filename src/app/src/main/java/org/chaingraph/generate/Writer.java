package org.chaingraph.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One CSV file of a generated dataset: RFC 4180 quoting where a value needs it, a row count. */
final class Writer implements AutoCloseable {

    /** Told each file's name and row count once it is closed. */
    interface Sink {
        void written(String file, long rows);
    }

    private final String file;
    private final BufferedWriter out;
    private final Sink sink;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    Writer(Path directory, String file, String header, Sink sink) throws IOException {
        this.file = file;
        this.sink = sink;
        this.out = Files.newBufferedWriter(directory.resolve(file), StandardCharsets.UTF_8);
        out.write(header);
        out.write('\n');
    }

    void row(String... values) throws IOException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = values[i];
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        line.append('\n');
        out.append(line);
        rows++;
    }

    @Override
    public void close() throws IOException {
        out.close();
        sink.written(file, rows);
    }
}
