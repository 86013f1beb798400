package org.chaingraph.limits;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chaingraph.errors.ErrorBody;
import org.chaingraph.errors.ErrorCode;
import org.chaingraph.security.Caller;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limits (chaingraph.limits.rate): a token bucket per API key or JWT subject, else
 * per client IP, holding {@code capacity} requests and refilled at {@code per-second}. An empty
 * bucket answers 429 {@code RATE_LIMITED} with {@code Retry-After}. Buckets live in this instance
 * (several instances each allow the rate; put a shared limiter in the proxy for a global one).
 */
@Configuration(proxyBeanMethods = false)
class RateLimits {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(LimitsProperties limits) {
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(limits.rate()));
        // After Spring Security (order -100), so the caller is known.
        registration.setOrder(0);
        registration.setEnabled(limits.rate().enabled());
        return registration;
    }

    static final class RateLimitFilter extends OncePerRequestFilter {

        private final LimitsProperties.Rate rate;
        private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
                .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

        RateLimitFilter(LimitsProperties.Rate rate) {
            this.rate = rate;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI();
            if (path.startsWith("/actuator/")) {
                chain.doFilter(request, response);
                return;
            }
            String client = Caller.of(request).filter(Caller::authenticated).map(c -> "caller:" + c.name())
                    .orElseGet(() -> "ip:" + request.getRemoteAddr());
            var bucket = buckets.get(client, key -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(rate.capacity())
                            .refillGreedy(rate.perSecond(), Duration.ofSeconds(1)).build())
                    .build());
            var probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                chain.doFilter(request, response);
                return;
            }
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            response.setHeader("Retry-After", Long.toString(seconds));
            ErrorBody.write(request, response, ErrorCode.RATE_LIMITED, "too many requests from " + client.substring(client.indexOf(':') + 1)
                    + ": at most " + rate.capacity() + " at once and " + rate.perSecond()
                    + " per second (chaingraph.limits.rate); retry in " + seconds + " s");
        }
    }
}
