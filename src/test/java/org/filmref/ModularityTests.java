package org.filmref;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages under {@code org.filmref} are Spring Modulith modules: no cycle among them, and no module
 * reaches into another's sub-packages. The module documentation (C4 and PlantUML component diagrams, one canvas per
 * module) is written to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(FilmrefApplication.class);

	@Test
	void modulesHaveOneDirection() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
