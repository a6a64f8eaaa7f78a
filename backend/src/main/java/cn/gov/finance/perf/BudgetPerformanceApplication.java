package cn.gov.finance.perf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BudgetPerformanceApplication {

	public static void main(String[] args) {
		SpringApplication.run(BudgetPerformanceApplication.class, args);
	}

}
