package org.filmref.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the site's own pages for a missing thing (404) and a malformed address (400) straight from the
 * controller, with the layout and a way back. Other errors (405, unmapped paths, 500) reach Boot's error controller,
 * which renders the same templates under {@code templates/error/}.
 */
@ControllerAdvice
class ErrorPages {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
		return page("error/404", HttpStatus.NOT_FOUND, request, response);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badRequest(HttpServletRequest request, HttpServletResponse response) {
		return page("error/4xx", HttpStatus.BAD_REQUEST, request, response);
	}

	private static ModelAndView page(String view, HttpStatus status, HttpServletRequest request,
			HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("path", request.getRequestURI());
		return page;
	}

}
