package org.filmref.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLdTests {

	@Test
	void noValueCanCloseTheScriptElement() {
		String json = JsonLd.write(JsonLd.document("Thing").put("name", "</script><script>alert(1)</script>"));
		assertThat(json).doesNotContain("</");
		JsonNode parsed = JsonMapper.builder().build().readTree(json);
		assertThat(parsed.get("name").asString()).isEqualTo("</script><script>alert(1)</script>");
	}

	@Test
	void nodesDropNullsAndEmptyLists() {
		assertThat(JsonLd.node("Person").put("name", "Mike Figgis").put("url", null).put("sameAs", List.of()))
			.isEqualTo(Map.of("@type", "Person", "name", "Mike Figgis"));
	}

}
