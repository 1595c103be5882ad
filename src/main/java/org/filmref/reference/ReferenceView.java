package org.filmref.reference;

import org.filmref.web.Dates;
import org.filmref.web.Html;
import org.filmref.web.Languages;

/**
 * A reference as a page shows it in its References list.
 *
 * @param publicationHref the site's page about the publication, when the source is one of its publications
 */
public record ReferenceView(Long id, String author, String title, String publication, String publicationHref,
		String issue, String date, String url, String accessed, String language, String note) {

	public static ReferenceView of(Reference reference) {
		Publication publication = reference.getPublication();
		String date = reference.getPublishedOn() != null ? Dates.day(reference.getPublishedOn())
				: reference.getPublishedText();
		return new ReferenceView(reference.getId(), reference.getAuthor(), reference.getTitle(),
				publication != null ? publication.getName() : reference.getPublisher(),
				publication != null ? publication.path() : null, reference.getIssue(), date,
				reference.getUrl(), Dates.day(reference.getAccessedOn()), reference.getLanguage(), reference.getNote());
	}

	/** "(in German)" for a source not in English, {@code null} for one in English or of unknown language. */
	public String languageNote() {
		return language == null || language.equals("en") ? null : "(in " + Languages.name(language) + ")";
	}

	/**
	 * The citation as a References list shows it ({@code th:utext}): "Author: Title. In: <cite>Publication</cite>, No.
	 * 20/1996. Date. Accessed …. (in German) note", the title linked to the source (the address itself where there is
	 * no title), the publication to its page on the site. Written by Java, not a fragment: it is one line of text with
	 * up to three links, and a page lists dozens, each of which a fragment would evaluate a dozen conditions for.
	 */
	public Html citation() {
		Html.Builder html = Html.builder(160);
		if (author != null) {
			html.text(author + ": ");
		}
		if (title != null) {
			html.linkOrText(url, title).text(". ");
		}
		if (publication != null) {
			html.text("In: ").start("cite").linkOrText(publicationHref, publication).end("cite");
			if (issue != null) {
				String text = issueText();
				html.text(", " + (text != null ? text : ""));
			}
			html.text(". ");
		}
		if (date != null) {
			html.text(date + ". ");
		}
		if (title == null && url != null) {
			html.link(url, url).text(". ");
		}
		if (accessed != null) {
			html.text("Accessed " + accessed + ". ");
		}
		String languageNote = languageNote();
		if (languageNote != null) {
			html.text(languageNote + " ");
		}
		if (note != null) {
			html.start("span", "class", "note").text(note).end("span");
		}
		return html.build();
	}

	/** A one-line plain-text citation, e.g. for a "cite this" box. */
	public String citationLine() {
		StringBuilder line = new StringBuilder();
		append(line, author, ": ");
		append(line, title != null ? "\u201c" + title + "\u201d" : null, ". ");
		append(line, publication != null ? "In: " + publication : null, issue != null ? ", " : ". ");
		append(line, issueText(), ". ");
		append(line, date, ". ");
		append(line, url, ". ");
		return line.toString().trim();
	}

	/** The issue as cited: "No. 20/1996", whether or not the source's data already says "No.". */
	public String issueText() {
		if (issue == null || issue.isBlank()) {
			return null;
		}
		return Character.isDigit(issue.charAt(0)) ? "No. " + issue : issue;
	}

	private static void append(StringBuilder line, String part, String separator) {
		if (part != null && !part.isBlank()) {
			line.append(part).append(separator);
		}
	}

}
