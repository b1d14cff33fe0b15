/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.lifecyclesignals.refresh;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which properties use a key in a placeholder: directly, nested, in a default, through
 * another property, in any source; a circular reference ends the search, not the refresh.
 */
class PlaceholderUsersTests {

	@Test
	void directNestedDefaultAndTransitiveUsesAreFound() {
		PlaceholderUsers users = PlaceholderUsers.in(List.of(new MapPropertySource("file",
				Map.of("database", "h2", "spring.sql.init.schema-locations", "classpath*:db/${database}/schema.sql",
						"url", "${db.${database}.url}", "fallback", "${missing:${database}}", "uses-url", "${url}",
						"plain", "no placeholder"))));
		assertThat(users.of("database")).containsExactly("fallback", "spring.sql.init.schema-locations", "url",
				"uses-url");
		assertThat(users.of("db.h2.url")).containsExactly("url", "uses-url");
		assertThat(users.of("plain")).isEmpty();
		assertThat(users.ofAny(List.of("missing", "url"))).containsExactly("fallback", "uses-url");
	}

	@Test
	void aKeyIsMatchedAsSpringBootResolvesIt() {
		PlaceholderUsers users = PlaceholderUsers
			.in(List.of(new MapPropertySource("file", Map.of("a", "${app.maxSize}"))));
		assertThat(users.of("app.max-size")).containsExactly("a");
	}

	@Test
	void aCircularReferenceIsNoFailure() {
		PlaceholderUsers users = PlaceholderUsers
			.in(List.of(new MapPropertySource("file", Map.of("a", "${b}", "b", "${a}", "c", "${b}"))));
		assertThat(users.of("b")).contains("a", "c");
	}

}
