package cn.gov.finance.perf.item;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import cn.gov.finance.perf.assessment.AssessmentDecision;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FiscalYear;
import cn.gov.finance.perf.system.PageView;
import cn.gov.finance.perf.system.SafeText;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/items")
class ItemController {

	/** Page numbers stay far below where page × size would overflow the database offset. */
	static final long MAX_PAGE = 1_000_000;

	private final ItemService itemService;

	private final ItemAccess access;

	private final BudgetItemRepository items;

	private final OrgDirectory directory;

	ItemController(ItemService itemService, ItemAccess access, BudgetItemRepository items, OrgDirectory directory) {
		this.itemService = itemService;
		this.access = access;
		this.items = items;
		this.directory = directory;
	}

	@Operation(summary = "Items the user may see, newest first; inLibrary=true lists the project library (项目库)")
	@GetMapping
	PageView<ItemSummary> list(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) @FiscalYear Integer fiscalYear,
			@RequestParam(required = false) ItemStage stage, @RequestParam(required = false) ItemKind kind,
			@RequestParam(required = false) String departmentCode, @RequestParam(required = false) Boolean inLibrary,
			@RequestParam(required = false) @SafeText @Size(max = 200) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		String text = (q == null || q.isBlank()) ? null : "%" + q.trim().toLowerCase(Locale.ROOT) + "%";
		OrgDirectory.Names names = this.directory.names();
		Page<BudgetItem> found = this.items.search(ItemAccess.seesAll(user), user.orgCode(),
				ItemAccess.seesCapitalConstruction(user), fiscalYear, stage, kind, blankToNull(departmentCode), inLibrary, text,
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
		if (page > 0 && page >= found.getTotalPages()) {
			throw DomainException.invalid("page", "item.pageBeyondLast", Math.max(found.getTotalPages() - 1, 0));
		}
		return PageView.of(found, item -> ItemSummary.of(item, names));
	}

	@Operation(summary = "Propose a budget item; starts its ex-ante assessment")
	@PostMapping
	ResponseEntity<ItemDetail> propose(@AuthenticationPrincipal AppUser user, @Valid @RequestBody ItemProposal proposal) {
		BudgetItem item = this.itemService.propose(proposal, user);
		return ResponseEntity.created(URI.create("/api/items/" + item.getCode()))
			.body(ItemDetail.of(item, this.directory.names()));
	}

	@Operation(summary = "One item")
	@GetMapping("/{code}")
	ItemDetail get(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		return ItemDetail.of(this.access.requireVisible(code, user), this.directory.names());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	record ItemSummary(String code, String name, ItemKind kind, int fiscalYear, BudgetType budgetType,
			String departmentCode, String departmentName, @Nullable String unitCode, @Nullable String unitName,
			BigDecimal amount, @Nullable BigDecimal approvedAmount, ItemStage stage, ItemStatus status,
			@Nullable AssessmentDecision assessmentOutcome, boolean inLibrary, @Nullable String warningLight,
			boolean keyMonitoring, Instant updatedAt) {

		static ItemSummary of(BudgetItem i, OrgDirectory.Names names) {
			return new ItemSummary(i.getCode(), i.getName(), i.getKind(), i.getFiscalYear(), i.getBudgetType(),
					i.getDepartmentCode(), names.org(i.getDepartmentCode()), i.getUnitCode(), names.org(i.getUnitCode()),
					i.getAmount(), i.getApprovedAmount(), i.getStage(), i.getStatus(), i.getAssessmentOutcome(),
					i.getLibraryEnteredAt() != null, i.getWarningLight(), i.isKeyMonitoring(), i.getUpdatedAt());
		}
	}

	record ItemDetail(String code, String name, ItemKind kind, String divisionCode, String divisionName,
			int fiscalYear, BudgetType budgetType, String departmentCode, String departmentName,
			@Nullable String unitCode, @Nullable String unitName, BigDecimal amount, Continuity continuity,
			boolean capitalConstruction, boolean expiring, @Nullable String description, ItemStage stage,
			ItemStatus status, @Nullable AssessmentDecision assessmentOutcome, @Nullable String statusReason,
			@Nullable Instant libraryEnteredAt, @Nullable BigDecimal approvedAmount, @Nullable Instant budgetApprovedAt,
			@Nullable String warningLight, boolean keyMonitoring, @Nullable LocalDate passDownDue,
			@Nullable Instant passedDownAt, String createdBy, Instant createdAt, Instant updatedAt) {

		static ItemDetail of(BudgetItem i, OrgDirectory.Names names) {
			return new ItemDetail(i.getCode(), i.getName(), i.getKind(), i.getDivisionCode(),
					names.division(i.getDivisionCode()), i.getFiscalYear(), i.getBudgetType(), i.getDepartmentCode(),
					names.org(i.getDepartmentCode()), i.getUnitCode(), names.org(i.getUnitCode()), i.getAmount(),
					i.getContinuity(), i.isCapitalConstruction(), i.isExpiring(), i.getDescription(), i.getStage(),
					i.getStatus(), i.getAssessmentOutcome(), i.getStatusReason(), i.getLibraryEnteredAt(),
					i.getApprovedAmount(), i.getBudgetApprovedAt(), i.getWarningLight(), i.isKeyMonitoring(),
					i.getPassDownDue(), i.getPassedDownAt(), i.getCreatedBy(), i.getCreatedAt(), i.getUpdatedAt());
		}
	}

}
