package org.filmref;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The top-level packages under {@code org.filmref} are Spring Modulith modules: no cycle among them, and no module
 * reaches into another's sub-packages. {@link ModuleDocumentationIT} writes the module diagrams.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(FilmrefApplication.class);

	@Test
	void modulesHaveOneDirection() {
		modules.verify();
	}

}
