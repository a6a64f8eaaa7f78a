package cn.gov.finance.perf.inbox;

import java.net.URI;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The user's own saved inbox views. */
@RestController
@RequestMapping("/api/inbox-filters")
class SavedFilterController {

	private final SavedFilters filters;

	SavedFilterController(SavedFilters filters) {
		this.filters = filters;
	}

	@Operation(summary = "My saved inbox views, in my order")
	@GetMapping
	List<SavedFilterView> list(@AuthenticationPrincipal AppUser user) {
		return this.filters.of(user).stream().map(SavedFilterView::of).toList();
	}

	@Operation(summary = "Save the current inbox view under a name")
	@PostMapping
	ResponseEntity<SavedFilterView> create(@AuthenticationPrincipal AppUser user, @Valid @RequestBody SavedFilterForm form) {
		SavedFilter saved = this.filters.create(user, form.name(), form.query());
		return ResponseEntity.created(URI.create("/api/inbox-filters/" + saved.getId())).body(SavedFilterView.of(saved));
	}

	@Operation(summary = "Rename a saved view or change its filter")
	@PutMapping("/{id}")
	SavedFilterView change(@AuthenticationPrincipal AppUser user, @PathVariable Long id,
			@Valid @RequestBody SavedFilterForm form) {
		return SavedFilterView.of(this.filters.change(user, id, form.name(), form.query()));
	}

	@Operation(summary = "Delete a saved view")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AppUser user, @PathVariable Long id) {
		this.filters.delete(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Put my saved views in a new order")
	@PutMapping("/order")
	List<SavedFilterView> reorder(@AuthenticationPrincipal AppUser user, @Valid @RequestBody SavedFilterOrder order) {
		return this.filters.reorder(user, order.ids()).stream().map(SavedFilterView::of).toList();
	}

	/** A name and the inbox URL's query string (e.g. {@code tab=TODO&stage=MONITORING&due=OVERDUE}). */
	record SavedFilterForm(@NotBlank @Size(max = 100) String name,
			@NotNull @Size(max = 2000) @Pattern(regexp = "^[?]?[^\\s<>\"]*$", message = "{filter.queryFormat}") String query) {
	}

	record SavedFilterOrder(@NotNull @Size(max = 100) List<@NotNull Long> ids) {
	}

	record SavedFilterView(long id, String name, String query, int position) {

		static SavedFilterView of(SavedFilter filter) {
			return new SavedFilterView(filter.getId(), filter.getName(), filter.getQuery(), filter.getPosition());
		}

	}

}
