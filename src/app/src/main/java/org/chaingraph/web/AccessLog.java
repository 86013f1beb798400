package org.chaingraph.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chaingraph.errors.RequestIds;
import org.chaingraph.observability.OperationNames;
import org.chaingraph.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import reactor.core.publisher.Mono;

/**
 * One line per request on the {@code chaingraph.access} logger, after it answered: method, path,
 * status, duration, the GraphQL operation's name, the caller and the request id, e.g.
 * {@code POST /graphql 200 12.4 ms op=chainGaps caller=analyst (ANALYST) id=9f2c…}. Health probes are
 * logged at DEBUG only. Off with {@code chaingraph.access-log.enabled=false}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
final class AccessLog extends OncePerRequestFilter implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger("chaingraph.access");
    private static final String OPERATION = AccessLog.class.getName() + ".operation";

    private final boolean enabled;

    AccessLog(@Value("${chaingraph.access-log.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            boolean probe = request.getRequestURI().startsWith("/actuator/health");
            if (probe ? log.isDebugEnabled() : log.isInfoEnabled()) {
                String line = String.format("%s %s %d %.1f ms op=%s caller=%s id=%s", request.getMethod(), request.getRequestURI(),
                        response.getStatus(), (System.nanoTime() - started) / 1e6, operation(request),
                        Caller.of(request).map(Caller::describe).orElse("-"), RequestIds.of(request));
                if (probe) {
                    log.debug(line);
                } else {
                    log.info(line);
                }
            }
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled;
    }

    /** Notes the operation's name where the line above finds it. */
    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        // The interceptor runs on the servlet request's thread; the GraphQL request's own attributes are read-only.
        var servletRequest = RequestContextHolder.getRequestAttributes();
        String name = enabled && servletRequest != null ? OperationNames.of(request.getOperationName(), request.getDocument()) : null;
        if (name != null) {
            servletRequest.setAttribute(OPERATION, name, RequestAttributes.SCOPE_REQUEST);
        }
        return chain.next(request);
    }

    private static String operation(HttpServletRequest request) {
        Object name = request.getAttribute(OPERATION);
        return name == null ? "-" : name.toString();
    }
}
