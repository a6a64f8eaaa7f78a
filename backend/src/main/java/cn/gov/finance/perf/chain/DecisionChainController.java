package cn.gov.finance.perf.chain;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.system.DomainException;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tamper-evident record of decisions: whoever may see an item may see whether its chain is
 * intact; audit and administrators may read any subject's chain and export it.
 */
@RestController
@RequestMapping("/api")
class DecisionChainController {

	private final DecisionChains chains;

	private final ItemAccess access;

	DecisionChainController(DecisionChains chains, ItemAccess access) {
		this.chains = chains;
		this.access = access;
	}

	@Operation(summary = "Verify the decision chain of an item: intact, or the first broken link")
	@GetMapping("/items/{code}/decision-chain")
	DecisionChains.ChainVerification verifyItem(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		this.access.requireVisible(code, user);
		return this.chains.verify(code);
	}

	@Operation(summary = "Verify the decision chain of any subject (item code, BE-… or AP-… business key); audit and administrators")
	@GetMapping("/decision-chains")
	DecisionChains.ChainVerification verify(@AuthenticationPrincipal AppUser user, @RequestParam String subject) {
		requireAuditor(user);
		return this.chains.verify(subject);
	}

	@Operation(summary = "Export a subject's decision chain as CSV (every link with its content and hashes); audit and administrators")
	@GetMapping(path = "/decision-chains/export", produces = "text/csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AppUser user, @RequestParam String subject) {
		requireAuditor(user);
		List<DecisionChains.ChainLink> links = this.chains.links(subject);
		StringBuilder csv = new StringBuilder("\uFEFFseq,table,decision_id,recorded_at,algorithm,prev_hash,hash,content\r\n");
		for (DecisionChains.ChainLink link : links) {
			csv.append(link.seq()).append(',').append(link.table()).append(',').append(link.decisionId()).append(',')
				.append(link.recordedAt()).append(',').append(link.algorithm()).append(',').append(link.prevHash()).append(',')
				.append(link.hash()).append(',').append(quote(link.content())).append("\r\n");
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("decision-chain-" + subject.replaceAll("[^A-Za-z0-9_-]", "_") + ".csv", StandardCharsets.UTF_8)
				.build()
				.toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String quote(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private static void requireAuditor(AppUser user) {
		if (!user.hasAnyRole(Roles.AUDIT, Roles.ADMIN)) {
			throw DomainException.forbidden("chain.auditorsOnly");
		}
	}

}
