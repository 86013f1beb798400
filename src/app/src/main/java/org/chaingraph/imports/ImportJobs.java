package org.chaingraph.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports run by a live server, one at a time, in the background: reads keep answering while a job
 * writes. A job's status (step, file, amount done, then the report) is polled by its id. Jobs are
 * kept in this instance's memory; the import itself is journalled like any other.
 */
@Component
public final class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    /** A zipped dataset may expand to at most this many bytes (a province's register is far smaller). */
    static final long MAX_UNZIPPED_BYTES = 8L << 30;

    public enum Status { RUNNING, SUCCEEDED, REFUSED, FAILED }

    /** What a client polls. */
    public record JobStatus(String id, Status status, String source, Instant started, Instant finished, String step, String file,
                            long done, long total, String unit, ImportReport report, String failure) {
    }

    private final DatasetImporter importer;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "chaingraph-import-job");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicReference<String> current = new AtomicReference<>();

    public ImportJobs(DatasetImporter importer) {
        this.importer = importer;
    }

    /** Starts importing a directory on the server's disk; empty when another job is running. {@code whenDone} gets the final status. */
    public Optional<JobStatus> startDirectory(Path directory, Consumer<JobStatus> whenDone) {
        return start(directory.toString(), () -> directory, () -> { }, whenDone);
    }

    /** Starts importing a zipped dataset (its CSV files at the top or in one folder). */
    public Optional<JobStatus> startZip(InputStream zip, Consumer<JobStatus> whenDone) {
        Path folder = unzip(zip);
        return start("upload", () -> folder, () -> Folders.delete(folder), whenDone);
    }

    public Optional<JobStatus> status(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::status);
    }

    private interface Source {
        Path directory();
    }

    private Optional<JobStatus> start(String source, Source directory, Runnable cleanUp, Consumer<JobStatus> whenDone) {
        String id = UUID.randomUUID().toString();
        if (!current.compareAndSet(null, id)) {
            cleanUp.run();
            return Optional.empty();
        }
        var job = new Job(id, source);
        jobs.put(id, job);
        runner.execute(() -> {
            try {
                ImportReport report = importer.importDirectory(directory.directory(), job);
                job.finish(report.ok() ? Status.SUCCEEDED : Status.REFUSED, report, null);
            } catch (RuntimeException e) {
                log.error("Import job {} of {} failed", id, source, e);
                job.finish(Status.FAILED, null, e.getMessage());
            } finally {
                cleanUp.run();
                current.set(null);
            }
            whenDone.accept(job.status());
        });
        return Optional.of(job.status());
    }

    private static Path unzip(InputStream zip) {
        try {
            Path folder = Files.createTempDirectory("chaingraph-upload-");
            long total = 0;
            try (var in = new ZipInputStream(zip)) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    if (entry.isDirectory()) {
                        continue;
                    }
                    // Only the file name counts: no paths out of the folder (zip slip), one level of folders at most.
                    String name = Path.of(entry.getName()).getFileName().toString();
                    if (DatasetFile.named(name) == null) {
                        continue;
                    }
                    Path target = folder.resolve(name);
                    try (var out = Files.newOutputStream(target)) {
                        byte[] buffer = new byte[1 << 16];
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            total += n;
                            if (total > MAX_UNZIPPED_BYTES) {
                                throw new IllegalArgumentException("the zip expands to more than " + (MAX_UNZIPPED_BYTES >> 30) + " GiB");
                            }
                            out.write(buffer, 0, n);
                        }
                    }
                }
            } catch (RuntimeException | IOException e) {
                Folders.delete(folder);
                throw e;
            }
            return folder;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable zip: " + e.getMessage(), e);
        }
    }

    /** A running or finished job; its progress is what the importer reports. */
    private static final class Job implements ImportProgress {
        private final String id;
        private final String source;
        private final Instant started = Instant.now();
        private volatile Instant finished;
        private volatile Status status = Status.RUNNING;
        private volatile String step = "staging";
        private volatile String file;
        private volatile long done;
        private volatile long total;
        private volatile String unit;
        private volatile ImportReport report;
        private volatile String failure;

        Job(String id, String source) {
            this.id = id;
            this.source = source;
        }

        JobStatus status() {
            return new JobStatus(id, status, source, started, finished, step, file, done, total, unit, report, failure);
        }

        void finish(Status status, ImportReport report, String failure) {
            this.report = report;
            this.failure = failure;
            this.finished = Instant.now();
            this.status = status;
        }

        @Override
        public void begin(String step, String file, long total, String unit) {
            this.step = step;
            this.file = file;
            this.total = total;
            this.unit = unit;
            this.done = 0;
        }

        @Override
        public void advanceTo(long done) {
            this.done = done;
        }

        @Override
        public void end(String summary) {
            this.done = total;
            log.info("Import job {}: {}", id, summary.strip());
        }

        @Override
        public void message(String line) {
            log.info("Import job {}: {}", id, line.strip());
        }
    }

    /** For the controller's 409 body. */
    Map<String, Object> running() {
        var body = new LinkedHashMap<String, Object>();
        String id = current.get();
        body.put("error", "another import is running");
        body.put("running", id == null ? List.of() : List.of(id));
        return body;
    }
}
