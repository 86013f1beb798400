package org.chaingraph.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import org.chaingraph.audit.AuditTrail;
import org.chaingraph.errors.RequestIds;
import org.chaingraph.graphql.BadRequestException;
import org.chaingraph.security.Caller;
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
    private final AuditTrail audit;

    AdminImportController(ImportJobs jobs, AuditTrail audit) {
        this.jobs = jobs;
        this.audit = audit;
    }

    @PostMapping(path = "/admin/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importDirectory(@RequestBody DirectoryRequest request, HttpServletRequest http) {
        if (request == null || request.directory() == null || request.directory().isBlank()) {
            throw new BadRequestException("directory", "required (a dataset directory on the server)");
        }
        try {
            return started(jobs.startDirectory(Path.of(request.directory()), audited(http, Map.of("directory", request.directory()))));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("directory", e.getMessage());
        }
    }

    @PostMapping(path = "/admin/imports", consumes = "application/zip")
    ResponseEntity<?> importZip(InputStream body, HttpServletRequest http) throws IOException {
        try {
            return started(jobs.startZip(body, audited(http, Map.of("upload", "zip"))));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("body", e.getMessage());
        }
    }

    @GetMapping("/admin/imports/{id}")
    ResponseEntity<?> status(@PathVariable String id) {
        return jobs.status(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseThrow(() -> new NotFoundException("id", "import job " + id + " (on this instance)"));
    }

    /** Records the import in the audit trail when its job ends: the job id, its outcome, who started it. */
    private Consumer<ImportJobs.JobStatus> audited(HttpServletRequest http, Map<String, String> arguments) {
        Caller caller = Caller.of(http).orElseThrow();
        String requestId = RequestIds.of(http);
        return status -> {
            var withRequest = new java.util.LinkedHashMap<String, Object>(arguments);
            withRequest.put("requestId", requestId);
            audit.record(caller, "import", withRequest, List.of(status.id()), status.status().name());
        };
    }

    private ResponseEntity<?> started(java.util.Optional<ImportJobs.JobStatus> job) {
        return job.<ResponseEntity<?>>map(status -> ResponseEntity.accepted()
                        .header(HttpHeaders.LOCATION, "/admin/imports/" + status.id()).body(status))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(jobs.running()));
    }
}
