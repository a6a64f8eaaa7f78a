package cn.gov.finance.perf.keyevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.finance.perf.evaluation.EvaluationEnums.Grade;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.BudgetItemRepository;
import cn.gov.finance.perf.item.ItemAccess;
import cn.gov.finance.perf.keyevaluation.KeyEvaluationScore.ScorerRole;
import cn.gov.finance.perf.keyevaluation.KeyEvaluationStatus.Reason;
import cn.gov.finance.perf.keyevaluation.KeyEvaluationStatus.Step;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FiscalYear;
import cn.gov.finance.perf.system.TextRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
class KeyEvaluationController {

	private final KeyEvaluationService service;

	private final ItemAccess access;

	private final BudgetItemRepository items;

	private final OrgDirectory directory;

	private final IdentityDirectory identities;

	KeyEvaluationController(KeyEvaluationService service, ItemAccess access, BudgetItemRepository items,
			OrgDirectory directory, IdentityDirectory identities) {
		this.service = service;
		this.access = access;
		this.items = items;
		this.directory = directory;
		this.identities = identities;
	}

	// ---- the draw ----

	@Operation(summary = "Draw the key evaluations of a fiscal year: all major items plus a seeded random sample (performance office)")
	@PostMapping("/key-evaluations/selections")
	@ResponseStatus(HttpStatus.CREATED)
	KeySelectionView draw(@AuthenticationPrincipal AppUser user, @Valid @RequestBody KeyEvaluationForms.KeyDraw form) {
		return selectionView(this.service.draw(form, user));
	}

	@Operation(summary = "The draw of a fiscal year with its items, and whether repeating it from the recorded seed gives the same sample")
	@GetMapping("/key-evaluations/selections/{fiscalYear}")
	KeySelectionView selection(@AuthenticationPrincipal AppUser user, @PathVariable @FiscalYear int fiscalYear) {
		requireOverseer(user);
		return this.service.selection(fiscalYear)
			.map(this::selectionView)
			.orElseThrow(() -> DomainException.notFound("Key evaluation draw", fiscalYear));
	}

	@Operation(summary = "The configured rules: major-item threshold, sample rate and default level-1 weights")
	@GetMapping("/key-evaluations/settings")
	KeySettingsView settings() {
		KeyEvaluationSettings settings = this.service.settings();
		return new KeySettingsView(settings.majorAmount(), settings.sampleRate(), KeyLevelsView.of(settings.defaultWeights()));
	}

	@Operation(summary = "The experts a plan may engage (performance office)")
	@GetMapping("/experts")
	List<IdentityDirectory.Member> experts(@AuthenticationPrincipal AppUser user) {
		KeyEvaluationService.requirePerformanceOffice(user);
		return this.identities.members(Roles.EXPERT);
	}

	// ---- tasks ----

	@Operation(summary = "The key evaluation a task is about")
	@GetMapping("/tasks/{taskId}/key-evaluation")
	KeyEvaluationView ofTask(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
		return view(this.service.ofTask(taskId, user), user);
	}

	@Operation(summary = "Plan the key evaluation: weights, evaluator (finance or an independent third party), experts; completes the task")
	@PostMapping("/tasks/{taskId}/key-evaluation-plan")
	KeyEvaluationView plan(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody KeyEvaluationForms.KeyPlan form) {
		return view(this.service.plan(taskId, form, user), user);
	}

	@Operation(summary = "Submit the evaluator's scores, findings and report; completes the task")
	@PostMapping("/tasks/{taskId}/key-evaluation-report")
	KeyEvaluationView report(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody KeyEvaluationForms.KeyReport form) {
		return view(this.service.report(taskId, form, user), user);
	}

	@Operation(summary = "An expert's scores with an opinion; completes the expert's task")
	@PostMapping("/tasks/{taskId}/key-evaluation-expert-score")
	KeyEvaluationView expertScore(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody KeyEvaluationForms.KeyExpertScore form) {
		return view(this.service.expertScore(taskId, form, user), user);
	}

	@Operation(summary = "Finance approves the final scores, or returns the report for revision; completes the task")
	@PostMapping("/tasks/{taskId}/key-evaluation-approval")
	KeyEvaluationView approve(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@Valid @RequestBody KeyEvaluationForms.KeyApproval form) {
		return view(this.service.approve(taskId, form, user), user);
	}

	@Operation(summary = "Attach a file to the report (multipart field 'file')")
	@PostMapping(path = "/tasks/{taskId}/key-evaluation/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	KeyAttachmentView attach(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
			@RequestPart("file") MultipartFile file) {
		refuseUnsafeFileName(file.getOriginalFilename());
		KeyEvaluationAttachment a = this.service.attach(taskId, file, user);
		return new KeyAttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256(),
				a.getUploadedBy(), a.getUploadedAt());
	}

	@Operation(summary = "Remove an attachment while the report is being written")
	@DeleteMapping("/tasks/{taskId}/key-evaluation/attachments/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void detach(@AuthenticationPrincipal AppUser user, @PathVariable String taskId, @PathVariable Long attachmentId) {
		this.service.detach(taskId, attachmentId, user);
	}

	// ---- by item ----

	@Operation(summary = "The item's key evaluation, if it was drawn (empty otherwise)")
	@GetMapping("/items/{code}/key-evaluation")
	List<KeyEvaluationView> ofItem(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		BudgetItem item = this.access.requireVisible(code, user);
		return this.service.ofItem(item.getId()).map(e -> List.of(view(e, user))).orElse(List.of());
	}

	@Operation(summary = "Download an attachment of the item's key evaluation")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/octet-stream",
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/items/{code}/key-evaluation/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AppUser user, @PathVariable String code,
			@PathVariable Long attachmentId) {
		BudgetItem item = this.access.requireVisible(code, user);
		KeyEvaluationAttachment a = this.service.attachment(item.getId(), attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(a.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(a.getContent());
	}

	/**
	 * A file name is shown and offered for download as it was sent, so one that is not a plain name
	 * (a quote, a path separator, a control or bidirectional character…) is refused, not renamed.
	 */
	private static void refuseUnsafeFileName(String name) {
		cn.gov.finance.perf.system.Message refused = TextRules.problem(name);
		if (refused != null) {
			throw DomainException.invalid("file", "file.nameRefused", refused);
		}
		if (name != null && UNSAFE_FILE_NAME.matcher(name).find()) {
			throw DomainException.invalid("file", "attachment.name");
		}
	}

	private static final java.util.regex.Pattern UNSAFE_FILE_NAME = java.util.regex.Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

	// ---- views ----

	private static void requireOverseer(AppUser user) {
		if (!user.hasAnyRole(Roles.FINANCE_PERFORMANCE, Roles.FINANCE_BUDGET, Roles.AUDIT, Roles.ADMIN)) {
			throw DomainException.forbidden("keyevaluation.drawOverseersOnly");
		}
	}

	private KeySelectionView selectionView(KeyEvaluationSelection selection) {
		List<KeyEvaluation> drawn = this.service.drawn(selection);
		Map<Long, BudgetItem> byId = this.items.findAllById(drawn.stream().map(KeyEvaluation::getItemId).toList())
			.stream()
			.collect(Collectors.toMap(BudgetItem::getId, Function.identity()));
		OrgDirectory.Names names = this.directory.names();
		List<KeyDrawnItem> rows = drawn.stream().map(e -> {
			BudgetItem item = byId.get(e.getItemId());
			return new KeyDrawnItem(item.getCode(), item.getName(), names.org(item.getDepartmentCode()),
					item.getApprovedAmount(), item.isKeyMonitoring(), e.getReason(), e.getStatus(), e.getTotalScore(),
					e.getGrade(), e.getThirdPartyCode() == null ? null : names.org(e.getThirdPartyCode()));
		}).toList();
		return new KeySelectionView(selection.getFiscalYear(), selection.getSeed(), selection.getMajorAmount(),
				selection.getSampleRate(), selection.candidates().size(), selection.getMajorCount(),
				selection.getSampledCount(), selection.getDrawnBy(), selection.getDrawnAt(),
				this.service.reproduces(selection), rows);
	}

	/**
	 * Finance, audit and administrators see every score; while the evaluation runs anyone else sees
	 * only their own (an expert does not see the other experts' scores), and everything once approved.
	 */
	private KeyEvaluationView view(KeyEvaluation e, AppUser user) {
		BudgetItem item = this.items.findById(e.getItemId()).orElseThrow();
		OrgDirectory.Names names = this.directory.names();
		boolean overseer = user.hasAnyRole(Roles.FINANCE_PERFORMANCE, Roles.FINANCE_BUDGET, Roles.AUDIT, Roles.ADMIN)
				|| e.getStatus() == KeyEvaluationStatus.APPROVED;
		boolean evaluator = e.getThirdPartyCode() != null && e.getThirdPartyCode().equals(user.orgCode());
		List<KeyScoreView> scores = this.service.scoresOf(e)
			.stream()
			.filter(s -> overseer || s.getScorerId().equals(user.id())
					|| (evaluator && s.getScorerRole() == ScorerRole.EVALUATOR))
			.map(s -> new KeyScoreView(s.getScorerRole(), s.getScorerId(), KeyLevelsView.of(s.getScores()), s.getTotalScore(),
					s.getOpinion(), s.getScoredAt()))
			.toList();
		KeyLevelsView proposed = null;
		if (overseer && (e.getStatus() == KeyEvaluationStatus.APPROVING || e.getStatus() == KeyEvaluationStatus.APPROVED)) {
			proposed = KeyLevelsView.of(e.getStatus() == KeyEvaluationStatus.APPROVED ? e.getScores() : this.service.finalScores(e));
		}
		Levels weights = Optional.ofNullable(e.getWeights()).orElse(this.service.settings().defaultWeights());
		return new KeyEvaluationView(e.getId(), item.getCode(), item.getName(), names.org(item.getDepartmentCode()),
				item.getApprovedAmount(), e.getReason(), e.getStatus(), e.getWeights() != null, KeyLevelsView.of(weights),
				e.getThirdPartyCode(), e.getThirdPartyCode() == null ? null : names.org(e.getThirdPartyCode()),
				e.experts(), e.getPlanNote(), e.getReportDue(), e.getFindings(), e.getReport(), e.getReportedBy(),
				e.getReportedAt(), proposed, e.getTotalScore(), e.getGrade(), e.getApprovedBy(), e.getApprovedAt(), scores,
				this.service.decisionsOf(e)
					.stream()
					.map(d -> new KeyDecisionView(d.getStep(), d.getDecision(), d.getOpinion(), d.getDecidedBy(),
							d.getDecidedAt()))
					.toList(),
				this.service.attachmentsOf(e)
					.stream()
					.map(a -> new KeyAttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
							a.getSha256(), a.getUploadedBy(), a.getUploadedAt()))
					.toList());
	}

	record KeyLevelsView(@Nullable BigDecimal decision, @Nullable BigDecimal process, @Nullable BigDecimal output,
			@Nullable BigDecimal effect, BigDecimal total) {

		static KeyLevelsView of(Levels l) {
			return new KeyLevelsView(l.getDecision(), l.getProcess(), l.getOutput(), l.getEffect(), l.total());
		}
	}

	record KeySettingsView(BigDecimal majorAmount, BigDecimal sampleRate, KeyLevelsView defaultWeights) {
	}

	record KeyDrawnItem(String itemCode, String itemName, String departmentName, BigDecimal approvedAmount,
			boolean keyMonitoring, Reason reason, KeyEvaluationStatus status, @Nullable BigDecimal totalScore,
			@Nullable Grade grade, @Nullable String thirdPartyName) {
	}

	record KeySelectionView(int fiscalYear, long seed, BigDecimal majorAmount, BigDecimal sampleRate, int candidates,
			int majorCount, int sampledCount, String drawnBy, Instant drawnAt, boolean reproducible,
			List<KeyDrawnItem> items) {
	}

	record KeyScoreView(ScorerRole scorerRole, String scorerId, KeyLevelsView scores, BigDecimal totalScore, String opinion,
			Instant scoredAt) {
	}

	record KeyDecisionView(Step step, String decision, String opinion, String decidedBy, Instant decidedAt) {
	}

	record KeyAttachmentView(long id, String fileName, String contentType, long sizeBytes, String sha256,
			String uploadedBy, Instant uploadedAt) {
	}

	record KeyEvaluationView(long id, String itemCode, String itemName, String departmentName,
			BigDecimal approvedAmount, Reason reason, KeyEvaluationStatus status, boolean planned, KeyLevelsView weights,
			@Nullable String thirdPartyCode, @Nullable String thirdPartyName, List<String> experts,
			@Nullable String planNote, @Nullable LocalDate reportDue, @Nullable String findings,
			@Nullable String report, @Nullable String reportedBy, @Nullable Instant reportedAt,
			@Nullable KeyLevelsView proposedScores, @Nullable BigDecimal totalScore, @Nullable Grade grade,
			@Nullable String approvedBy, @Nullable Instant approvedAt, List<KeyScoreView> scores,
			List<KeyDecisionView> decisions, List<KeyAttachmentView> attachments) {
	}

}
