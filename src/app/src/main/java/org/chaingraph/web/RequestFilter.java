package org.chaingraph.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chaingraph.errors.ErrorBody;
import org.chaingraph.errors.ErrorCode;
import org.chaingraph.errors.RequestIds;
import org.chaingraph.limits.LimitsProperties;
import org.chaingraph.neo4j.DatabaseAvailability;
import org.chaingraph.neo4j.Deadline;
import org.slf4j.MDC;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First on every request: gives it an id (echoed in {@code X-Request-Id}, put in the logs' MDC and
 * in every error), starts its deadline ({@code chaingraph.limits.timeout}), refuses a body larger
 * than allowed (413 before reading it), and answers the API with 503 {@code SERVICE_UNAVAILABLE}
 * while the server is not ready: starting (schema, start-up dataset), shutting down, or without a
 * database that answers ({@link DatabaseAvailability}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class RequestFilter extends OncePerRequestFilter {

    private final LimitsProperties limits;
    private final ApplicationAvailability availability;
    private final DatabaseAvailability database;

    RequestFilter(LimitsProperties limits, ApplicationAvailability availability, DatabaseAvailability database) {
        this.limits = limits;
        this.availability = availability;
        this.database = database;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestIds.assign(request);
        response.setHeader(RequestIds.HEADER, id);
        MDC.put("requestId", id);
        try {
            String path = request.getRequestURI();
            boolean upload = path.startsWith("/admin/imports");
            long max = (upload ? limits.maxUploadSize() : limits.maxRequestSize()).toBytes();
            if (request.getContentLengthLong() > max) {
                ErrorBody.write(request, response, ErrorCode.REQUEST_TOO_LARGE, "the request body has " + request.getContentLengthLong()
                        + " bytes, above the maximum of " + max + " (chaingraph.limits." + (upload ? "max-upload-size" : "max-request-size") + ")");
                return;
            }
            if (api(path) && availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
                response.setHeader("Retry-After", "5");
                ErrorBody.write(request, response, ErrorCode.SERVICE_UNAVAILABLE, database.up()
                        ? "the server is starting (schema, start-up dataset): not ready yet, retry shortly"
                        : "the database is unavailable; retry shortly");
                return;
            }
            Deadline.start(id, limits.timeout());
            chain.doFilter(request, response);
        } finally {
            Deadline.clear();
            MDC.remove("requestId");
        }
    }

    private static boolean api(String path) {
        return path.startsWith("/graphql") || path.startsWith("/maps/") || path.startsWith("/events/") || path.startsWith("/shortlists/")
                || path.startsWith("/reports/");
    }
}
