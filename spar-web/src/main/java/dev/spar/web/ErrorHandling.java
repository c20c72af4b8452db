package dev.spar.web;

import dev.spar.web.conversations.ConversationService;
import dev.spar.web.conversations.TooLarge;
import dev.spar.web.practice.NotFound;
import dev.spar.web.teams.Forbidden;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors a person or a script can act on, never a stack trace: JSON ({@code application/problem+json}, the
 * reason in {@code detail}) under {@code /api}, a page everywhere else.
 */
@ControllerAdvice
class ErrorHandling {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(Forbidden.class)
    Object forbidden(Forbidden e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({NoResourceFoundException.class})
    Object noResource(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "There is nothing at this address.");
    }

    @ExceptionHandler(TooLarge.class)
    Object tooLarge(TooLarge e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object uploadTooLarge(HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.CONTENT_TOO_LARGE,
                "The upload is too large: a file is at most " + ConversationService.MAX_BYTES + " bytes ("
                        + ConversationService.MAX_BYTES / (1024 * 1024) + " MB), and a team report's upload at most"
                        + " 64 MB.");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    Object badUpload(HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "Send the conversation as a file in the field 'file'.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object badRequest(IllegalArgumentException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    Object conflict(IllegalStateException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyLimit.TooLong tooLong) {
                return answer(request, HttpStatus.CONTENT_TOO_LARGE, tooLong.getMessage());
            }
        }
        return answer(
                request,
                HttpStatus.BAD_REQUEST,
                "The body is not the JSON this call takes; /api/docs shows its shape.");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    Object badParameter(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "A parameter is missing or has the wrong type.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send the body as JSON, with the header Content-Type: application/json.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_ACCEPTABLE, "This address answers in JSON.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "This address does not take " + e.getMethod() + ".");
    }

    /**
     * A write (or read) the database refused: a full disk, a lost connection, a value it cannot hold. Nothing is
     * claimed about what was kept: this change may not have been made.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    Object database(NestedRuntimeException e, HttpServletRequest request) {
        // What the database itself said: Spring's own message ("Failed to obtain JDBC Connection") often hides it.
        Throwable cause = e.getMostSpecificCause();
        LOG.error(
                "{} {}: the database failed: {}{}",
                request.getMethod(),
                request.getRequestURI(),
                e,
                cause == e ? "" : " (the database said: " + cause + ")");
        LOG.debug("{} {}: where the database failed", request.getMethod(), request.getRequestURI(), e);
        return answer(
                request,
                HttpStatus.SERVICE_UNAVAILABLE,
                "The database could not save this, so it may not have been done. Try again in a moment.");
    }

    @ExceptionHandler(RuntimeException.class)
    Object unexpected(RuntimeException e, HttpServletRequest request) {
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(
                request,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side, so this may not have been done. Try again.");
    }

    static Object answer(HttpServletRequest request, HttpStatus status, String detail) {
        // on the error page's own dispatch, the address asked for is the one that failed
        String path = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
        if (path.startsWith("/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
            p.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        if ("true".equals(request.getHeader("HX-Request"))) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(detail);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", status.value() == 404 ? "Not found" : status.getReasonPhrase());
        page.addObject("detail", detail);
        return page;
    }
}
