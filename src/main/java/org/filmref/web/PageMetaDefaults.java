package org.filmref.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives a page without its own {@link PageMeta} the defaults for its address, so that every page has a canonical
 * link and Open Graph URL. Error pages get none: they are not pages to index.
 */
class PageMetaDefaults implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || request.getDispatcherType() != DispatcherType.REQUEST || view.getModel().containsKey("meta")
				|| (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		view.addObject("meta", PageMeta.of(request.getRequestURI().substring(request.getContextPath().length())));
	}

}
