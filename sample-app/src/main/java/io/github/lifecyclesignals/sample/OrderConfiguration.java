package io.github.lifecyclesignals.sample;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class OrderConfiguration {

	@Bean
	OrderWriter orderWriter(JdbcTemplate jdbc, OrderProperties properties) {
		return new OrderWriter(jdbc, properties);
	}

}
