package cn.gov.finance.perf.indicator;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class IndicatorController {

	private final IndicatorService service;

	private final IndicatorCategoryRepository categories;

	private final IndustryRepository industries;

	IndicatorController(IndicatorService service, IndicatorCategoryRepository categories,
			IndustryRepository industries) {
		this.service = service;
		this.categories = categories;
		this.industries = industries;
	}

	@Operation(summary = "The standard indicator tree: level-1 and level-2 categories")
	@GetMapping("/indicator-categories")
	List<CategoryView> categories() {
		return this.categories.findAllByOrderBySortOrderAsc()
			.stream()
			.map(c -> new CategoryView(c.getCode(), c.getParentCode(), c.getLevelNo(), c.getName(), c.getNameEn()))
			.toList();
	}

	@Operation(summary = "Industries and fields with their own indicators")
	@GetMapping("/industries")
	List<IndustryView> industries() {
		return this.industries.findAllByOrderBySortOrderAsc()
			.stream()
			.map(i -> new IndustryView(i.getCode(), i.getName(), i.getNameEn()))
			.toList();
	}

	@Operation(summary = "Library indicators: common ones plus those of an industry; finance also sees proposals")
	@GetMapping("/indicators")
	List<IndicatorView> search(@AuthenticationPrincipal AppUser user,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) String industryCode,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean includeRetired) {
		return this.service.search(categoryCode, industryCode, q, includeRetired, user)
			.stream()
			.map(IndicatorView::of)
			.toList();
	}

	@Operation(summary = "Add an indicator (finance) or propose one (department, unit)")
	@PostMapping("/indicators")
	ResponseEntity<IndicatorView> create(@AuthenticationPrincipal AppUser user,
			@Valid @RequestBody IndicatorForm form) {
		Indicator indicator = this.service.create(form, user);
		return ResponseEntity.created(URI.create("/api/indicators/" + indicator.getId())).body(IndicatorView.of(indicator));
	}

	@Operation(summary = "Change an indicator (finance)")
	@PutMapping("/indicators/{id}")
	IndicatorView update(@AuthenticationPrincipal AppUser user, @PathVariable Long id,
			@Valid @RequestBody IndicatorForm form) {
		return IndicatorView.of(this.service.update(id, form, user));
	}

	@Operation(summary = "Admit a proposed indicator to the library (finance)")
	@PostMapping("/indicators/{id}/approve")
	IndicatorView approve(@AuthenticationPrincipal AppUser user, @PathVariable Long id) {
		return IndicatorView.of(this.service.changeStatus(id, IndicatorStatus.ACTIVE, user));
	}

	@Operation(summary = "Retire an indicator, or turn down a proposal (finance)")
	@PostMapping("/indicators/{id}/retire")
	IndicatorView retire(@AuthenticationPrincipal AppUser user, @PathVariable Long id) {
		return IndicatorView.of(this.service.changeStatus(id, IndicatorStatus.RETIRED, user));
	}

	record CategoryView(String code, @Nullable String parentCode, int level, String name, String nameEn) {
	}

	record IndustryView(String code, String name, String nameEn) {
	}

	record IndicatorView(long id, String categoryCode, String name, @Nullable String industryCode,
			IndicatorComparator comparator, @Nullable String unit, @Nullable String description, IndicatorStatus status,
			@Nullable String proposedBy, @Nullable String proposedOrg, Instant updatedAt) {

		static IndicatorView of(Indicator i) {
			return new IndicatorView(i.getId(), i.getCategoryCode(), i.getName(), i.getIndustryCode(), i.getComparator(),
					i.getUnit(), i.getDescription(), i.getStatus(), i.getProposedBy(), i.getProposedOrg(), i.getUpdatedAt());
		}
	}

}
