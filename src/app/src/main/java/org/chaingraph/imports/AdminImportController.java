package org.chaingraph.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.chaingraph.graphql.BadRequestException;
import org.chaingraph.graphql.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/imports}: import a dataset into the running server (role ADMIN, enforced by
 * the security configuration), from a directory on the server ({@code {"directory": "..."}}) or uploaded as a zip
 * ({@code Content-Type: application/zip}). Answers 202 with the job; {@code GET /admin/imports/{id}}
 * polls it. The same checks, report, journal and atomicity as {@code chaingraph import}.
 */
@RestController
final class AdminImportController {

    record DirectoryRequest(String directory) {
    }

    private final ImportJobs jobs;

    AdminImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(path = "/admin/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importDirectory(@RequestBody DirectoryRequest request) {
        if (request == null || request.directory() == null || request.directory().isBlank()) {
            throw new BadRequestException("directory", "required (a dataset directory on the server)");
        }
        try {
            return started(jobs.startDirectory(Path.of(request.directory())));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("directory", e.getMessage());
        }
    }

    @PostMapping(path = "/admin/imports", consumes = "application/zip")
    ResponseEntity<?> importZip(InputStream body) throws IOException {
        try {
            return started(jobs.startZip(body));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("body", e.getMessage());
        }
    }

    @GetMapping("/admin/imports/{id}")
    ResponseEntity<?> status(@PathVariable String id) {
        return jobs.status(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseThrow(() -> new NotFoundException("id", "import job " + id + " (on this instance)"));
    }

    private ResponseEntity<?> started(java.util.Optional<ImportJobs.JobStatus> job) {
        return job.<ResponseEntity<?>>map(status -> ResponseEntity.accepted()
                        .header(HttpHeaders.LOCATION, "/admin/imports/" + status.id()).body(status))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(jobs.running()));
    }
}
