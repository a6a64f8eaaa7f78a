package cn.gov.finance.perf.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.BudgetItem;
import cn.gov.finance.perf.item.ItemAccess;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/items/{code}/funds")
class FundController {

	private final FundLedger ledger;

	private final ItemAccess access;

	FundController(FundLedger ledger, ItemAccess access) {
		this.ledger = ledger;
		this.access = access;
	}

	@Operation(summary = "The item's fund ledger and what is available for payment now")
	@GetMapping
	FundsView funds(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		BudgetItem item = this.access.requireVisible(code, user);
		FundLedger.Balance balance = this.ledger.balance(item);
		return new FundsView(balance.approved(), balance.recovered(), balance.frozen(), balance.available(),
				this.ledger.history(item.getId()).stream().map(FundActionView::of).toList());
	}

	record FundsView(BigDecimal approved, BigDecimal recovered, BigDecimal frozen, BigDecimal available,
			List<FundActionView> ledger) {
	}

	record FundActionView(long id, FundActionType action, BigDecimal amount, String reason, String actor, String step,
			Instant createdAt) {

		static FundActionView of(FundAction a) {
			return new FundActionView(a.getId(), a.getAction(), a.getAmount(), a.getReason(), a.getActor(), a.getStep(),
					a.getCreatedAt());
		}
	}

}
