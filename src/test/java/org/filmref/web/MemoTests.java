package org.filmref.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A part's markup is written for its first two renders and kept from the second on, for that very part: an equal
 * part (another page's, or the same page assembled again) is written anew.
 */
class MemoTests {

	record Part(List<String> items) {
	}

	@Test
	void markupIsKeptFromAPartsSecondRenderOn() {
		AtomicInteger writes = new AtomicInteger();
		Memo<Part> memo = new Memo<>(part -> writes.incrementAndGet() + ":" + String.join(",", part.items()));
		Part part = new Part(List.of("a", "b"));
		assertThat(memo.of(part)).isEqualTo("1:a,b");
		assertThat(memo.of(part)).isEqualTo("2:a,b");
		assertThat(memo.of(part)).isEqualTo("2:a,b");
		assertThat(memo.of(part)).isEqualTo("2:a,b");
		assertThat(writes).hasValue(2);
	}

	@Test
	void anEqualPartIsNotTheSamePart() {
		AtomicInteger writes = new AtomicInteger();
		Memo<Part> memo = new Memo<>(part -> "w" + writes.incrementAndGet());
		Part one = new Part(List.of("a"));
		Part other = new Part(List.of("a"));
		assertThat(one).isEqualTo(other);
		memo.of(one);
		memo.of(one);
		assertThat(memo.of(one)).isEqualTo("w2");
		assertThat(memo.of(other)).isEqualTo("w3");
		assertThat(memo.of(other)).isEqualTo("w4");
		assertThat(memo.of(other)).isEqualTo("w4");
		assertThat(memo.of(one)).isEqualTo("w2");
	}

	@Test
	void keptMarkupHasItsUtf8BytesWithIt() {
		Memo<Part> memo = new Memo<>(part -> "<li>" + String.join("</li><li>", part.items()) + "</li>");
		Part part = new Part(List.of("Zo\u00eb", "\u201cSera\u201d", "\uD83C\uDFAC"));
		String first = memo.of(part);
		assertThat(Memo.utf8(first)).isNull();
		String kept = memo.of(part);
		assertThat(Memo.utf8(kept)).isEqualTo(kept.getBytes(StandardCharsets.UTF_8));
		assertThat(Memo.utf8(new String(kept))).isNull();
		assertThat(memo.of(part)).isSameAs(kept);
	}

}
