package io.github.lifecyclesignals.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.ApplicationPidFileWriter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Order-intake service. Writes its PID to {@code application.pid} (or {@code spring.pid.file})
 * so that an operator can {@code kill -HUP $(cat application.pid)}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.addListeners(new ApplicationPidFileWriter());
		application.run(args);
	}

}
