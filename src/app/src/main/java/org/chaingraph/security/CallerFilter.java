package org.chaingraph.security;

import java.io.IOException;
import java.util.Comparator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Records the {@link Caller} of each request, once authentication has run, for GraphQL and the HTTP endpoints. */
final class CallerFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            var role = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .map(Role::ofAuthority).flatMap(java.util.Optional::stream)
                    .max(Comparator.naturalOrder());
            if (role.isPresent()) {
                boolean anonymous = authentication instanceof AnonymousAuthenticationToken;
                request.setAttribute(Caller.ATTRIBUTE, anonymous ? Caller.anonymous(role.get())
                        : new Caller(authentication.getName(), role.get(), true));
            }
        }
        chain.doFilter(request, response);
    }
}
