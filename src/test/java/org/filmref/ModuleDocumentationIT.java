package org.filmref;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the module documentation to {@code target/spring-modulith-docs}: the PlantUML component diagram of all
 * modules ({@code components.puml}), and a diagram and a canvas per module. The diagrams name every module, and each
 * module's diagram shows the modules it depends on.
 */
class ModuleDocumentationIT {

	private static final Path DOCS = Path.of("target", "spring-modulith-docs");

	@Test
	void writesADiagramOfAllModulesAndOnePerModule() throws IOException {
		FileSystemUtils.deleteRecursively(DOCS);
		ApplicationModules modules = ApplicationModules.of(FilmrefApplication.class);
		new Documenter(modules).writeDocumentation();

		String components = Files.readString(DOCS.resolve("components.puml"));
		assertThat(modules.stream().map(ApplicationModule::getDisplayName)).isNotEmpty()
			.allSatisfy(name -> assertThat(components).contains(name));
		for (ApplicationModule module : modules) {
			String name = module.getIdentifier().toString();
			Path diagram = DOCS.resolve("module-" + name + ".puml");
			assertThat(diagram).exists();
			String text = Files.readString(diagram);
			assertThat(text).contains(module.getDisplayName());
			module.getDirectDependencies(modules)
				.uniqueModules()
				.forEach(dependency -> assertThat(text).as("%s uses %s", name, dependency.getDisplayName())
					.contains(dependency.getDisplayName()));
		}
		try (Stream<Path> canvases = Files.list(DOCS)) {
			assertThat(canvases.map(path -> path.getFileName().toString()).filter(file -> file.endsWith(".adoc")))
				.hasSizeGreaterThanOrEqualTo(modules.stream().toList().size());
		}
	}

}
