package cn.gov.finance.perf.system;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The React app routes on the client; a browser that opens or reloads a deep link gets index.html.
 * These paths are also the only ones open without a login (they carry no data).
 */
@Controller
class SpaRoutes {

	static final List<String> PUBLIC_GET = List.of("/", "/index.html", "/assets/**", "/favicon.svg", "/login",
			"/items", "/items/**", "/tasks", "/tasks/**", "/tracking", "/tracking/**", "/library", "/library/**",
			"/admin", "/admin/**", "/me/**", "/account/**", "/disclosure");

	@GetMapping({ "/login", "/items", "/items/**", "/tasks", "/tasks/**", "/tracking", "/tracking/**", "/library",
			"/library/**", "/admin", "/admin/**", "/me/**", "/account/**", "/disclosure" })
	String forward() {
		return "forward:/index.html";
	}

}
