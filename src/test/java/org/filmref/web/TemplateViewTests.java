package org.filmref.web;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request as a template sees it while it renders ({@link TemplateView.RenderAttributes}): every attribute of the
 * request, under what the render sets and removes, which stays in the render.
 */
class TemplateViewTests {

	@Test
	void theRenderReadsTheRequestsAttributesAndKeepsItsOwnApart() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute("token", "from a filter");
		request.setAttribute("shadowed", "the request's");
		TemplateView.RenderAttributes render = new TemplateView.RenderAttributes(request);

		render.setAttribute("shadowed", "the render's");
		render.setAttribute("local", "a loop's variable");

		assertThat(render.getAttribute("token")).isEqualTo("from a filter");
		assertThat(render.getAttribute("shadowed")).isEqualTo("the render's");
		assertThat(render.getAttribute("local")).isEqualTo("a loop's variable");
		assertThat(Collections.list(render.getAttributeNames())).containsExactlyInAnyOrder("token", "shadowed", "local");
		assertThat(request.getAttribute("shadowed")).isEqualTo("the request's");
		assertThat(request.getAttribute("local")).isNull();
	}

	@Test
	void whatTheRenderRemovesIsGoneForTheRenderOnly() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute("token", "from a filter");
		TemplateView.RenderAttributes render = new TemplateView.RenderAttributes(request);

		render.setAttribute("local", "a loop's variable");
		render.removeAttribute("local");
		render.removeAttribute("token");
		render.setAttribute("nothing", null);

		assertThat(render.getAttribute("local")).isNull();
		assertThat(render.getAttribute("token")).isNull();
		assertThat(render.getAttribute("nothing")).isNull();
		assertThat(Collections.list(render.getAttributeNames())).isEmpty();
		assertThat(request.getAttribute("token")).isEqualTo("from a filter");
	}

}
