package org.chaingraph.web;

import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chaingraph.errors.RequestIds;
import org.chaingraph.limits.LimitsProperties;
import org.chaingraph.neo4j.RunningRequests;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import reactor.core.publisher.Mono;

/**
 * Stops a GraphQL request whose client went away. A servlet container only learns that a client
 * closed its connection when it writes to it, so once a request has run for
 * {@code chaingraph.limits.disconnect-probe} (2 s), a space is written and flushed every half
 * second (JSON may start with whitespace); when that fails, the request is cancelled and its
 * Neo4j transactions terminated ({@link RunningRequests}). Probing commits the response early
 * (status 200, as every executed GraphQL response has), so it begins only for long requests and
 * ends before the answer is written ({@link Stop}). Ordered after Spring Security's filters, so
 * the response it writes to carries their headers.
 */
@Component
@Order(0)
final class DisconnectProbe extends OncePerRequestFilter {

    static final String ATTRIBUTE = DisconnectProbe.class.getName();
    private static final long EVERY_MILLIS = 500;

    private final LimitsProperties limits;
    private final RunningRequests running;
    private final ScheduledThreadPoolExecutor scheduler;

    DisconnectProbe(LimitsProperties limits, RunningRequests running) {
        this.limits = limits;
        this.running = running;
        this.scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            var thread = new Thread(r, "chaingraph-disconnect-probe");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return limits.disconnectProbe().isZero() || !"POST".equals(request.getMethod()) || !request.getRequestURI().equals("/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String accept = String.valueOf(request.getHeader("Accept"));
        var probe = new Probe(response, RequestIds.of(request), accept.contains("application/graphql-response+json")
                ? "application/graphql-response+json" : "application/json", running);
        request.setAttribute(ATTRIBUTE, probe);
        ScheduledFuture<?> task = scheduler.scheduleWithFixedDelay(probe::probe, limits.disconnectProbe().toMillis(), EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
        try {
            chain.doFilter(request, response);
        } finally {
            probe.stop();
            task.cancel(false);
        }
    }

    /** One request's probe: writes under its lock, so it never interleaves with the answer. */
    static final class Probe {
        private final HttpServletResponse response;
        private final String requestId;
        private final String contentType;
        private final RunningRequests running;
        private boolean stopped;

        Probe(HttpServletResponse response, String requestId, String contentType, RunningRequests running) {
            this.response = response;
            this.requestId = requestId;
            this.contentType = contentType;
            this.running = running;
        }

        synchronized void probe() {
            if (stopped) {
                return;
            }
            try {
                if (!response.isCommitted()) {
                    response.setContentType(contentType);
                    response.setCharacterEncoding("UTF-8");
                }
                response.getOutputStream().write(' ');
                response.getOutputStream().flush();
            } catch (IOException | IllegalStateException e) {
                stopped = true;
                if (requestId != null) {
                    running.cancel(requestId);
                }
            }
        }

        synchronized void stop() {
            stopped = true;
        }
    }

    /** Ends probing as soon as the GraphQL answer exists, before it is written. */
    @Component
    static final class Stop implements WebGraphQlInterceptor {
        @Override
        public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
            return chain.next(request).doOnEach(signal -> {
                if (request.getAttributes().get(ATTRIBUTE) instanceof Probe probe) {
                    probe.stop();
                }
            });
        }
    }
}
