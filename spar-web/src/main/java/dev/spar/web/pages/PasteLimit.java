package dev.spar.web.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A conversation pasted into the page's form is a form field, and the server reads at most 64 KB of form fields
 * ({@code server.tomcat.max-http-form-post-size}); past that the server refuses the whole request while the
 * security filters read the CSRF token, before any controller could answer. This sends the user back to the form
 * with a message saying to upload the file instead, rather than an error page.
 */
@Configuration
class PasteLimit {
    /** The address the form posts to. */
    static final String FORM = "/conversations";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pasteLimitFilter() {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"POST".equals(request.getMethod()) || !FORM.equals(request.getRequestURI())) {
                    chain.doFilter(request, response);
                    return;
                }
                try {
                    chain.doFilter(request, response);
                } catch (RuntimeException | ServletException e) {
                    if (response.isCommitted() || !overFormLimit(e)) {
                        throw e;
                    }
                    response.sendRedirect(FORM + "?tooLong");
                }
            }
        });
        bean.addUrlPatterns(FORM);
        bean.setName("pasteLimit");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    /** Returns whether the server refused a request for its form fields being over the limit. */
    static boolean overFormLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException
                    && String.valueOf(t.getMessage()).contains("maxPostSize")) {
                return true;
            }
        }
        return false;
    }
}
