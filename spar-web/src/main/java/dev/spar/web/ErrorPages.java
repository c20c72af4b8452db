package dev.spar.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that happen outside the controllers (a filter's refusal, a page that is not there) shown the same way as
 * the rest: problem+json under {@code /api}, a page elsewhere; and {@code /error} asked for directly is simply not
 * found.
 */
@Controller
class ErrorPages implements ErrorController {
    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code)
                : null;
        if (status == null) {
            return ErrorHandling.answer(request, HttpStatus.NOT_FOUND, "There is nothing at this address.");
        }
        boolean ours = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null
                && request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String m
                && !m.isBlank();
        String detail = ours
                ? (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE)
                : switch (status) {
                    case NOT_FOUND -> "There is nothing at this address.";
                    case FORBIDDEN -> "You may not do this.";
                    case UNAUTHORIZED -> "Log in first.";
                    case METHOD_NOT_ALLOWED -> "This address does not take that method.";
                    default ->
                        status.is4xxClientError()
                                ? "This request cannot be answered as it is."
                                : "Something went wrong on our side, so this may not have been done. Try again.";
                };
        return ErrorHandling.answer(request, status, detail);
    }
}
