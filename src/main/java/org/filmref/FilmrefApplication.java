package org.filmref;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The filmref web site: a server-rendered film reference built on Spring MVC, Thymeleaf and JPA.
 */
@SpringBootApplication
public class FilmrefApplication {

	public static void main(String[] args) {
		SpringApplication.run(FilmrefApplication.class, args);
	}

}
