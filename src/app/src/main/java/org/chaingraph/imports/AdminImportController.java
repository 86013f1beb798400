package org.chaingraph.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import org.chaingraph.graphql.AdminAccess;
import org.chaingraph.graphql.ForbiddenException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/imports}: import a dataset into the running server (ADMIN: the admin bearer
 * token), from a directory on the server ({@code {"directory": "..."}}) or uploaded as a zip
 * ({@code Content-Type: application/zip}). Answers 202 with the job; {@code GET /admin/imports/{id}}
 * polls it. The same checks, report, journal and atomicity as {@code chaingraph import}.
 */
@RestController
final class AdminImportController {

    record DirectoryRequest(String directory) {
    }

    private final AdminAccess access;
    private final ImportJobs jobs;

    AdminImportController(AdminAccess access, ImportJobs jobs) {
        this.access = access;
        this.jobs = jobs;
    }

    @PostMapping(path = "/admin/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importDirectory(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                      @RequestBody DirectoryRequest request) {
        access.requireHeader(authorization);
        if (request == null || request.directory() == null || request.directory().isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "directory: required (a dataset directory on the server)"));
        }
        return started(jobs.startDirectory(Path.of(request.directory())));
    }

    @PostMapping(path = "/admin/imports", consumes = "application/zip")
    ResponseEntity<?> importZip(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                InputStream body) throws IOException {
        access.requireHeader(authorization);
        return started(jobs.startZip(body));
    }

    @GetMapping("/admin/imports/{id}")
    ResponseEntity<?> status(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                             @PathVariable String id) {
        access.requireHeader(authorization);
        return jobs.status(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no import job " + id + " on this instance")));
    }

    private ResponseEntity<?> started(java.util.Optional<ImportJobs.JobStatus> job) {
        return job.<ResponseEntity<?>>map(status -> ResponseEntity.accepted()
                        .header(HttpHeaders.LOCATION, "/admin/imports/" + status.id()).body(status))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(jobs.running()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Map<String, String>> forbidden(ForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
