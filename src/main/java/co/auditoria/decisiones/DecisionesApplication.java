package co.auditoria.decisiones;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DecisionesApplication {

	public static void main(String[] args) {
		SpringApplication.run(DecisionesApplication.class, args);
	}

}
