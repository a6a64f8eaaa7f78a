package cn.gov.finance.perf.item;

import java.math.BigDecimal;

/**
 * Published in the transaction that changes what other views copy of an item (its amount, warning
 * light or grade), so they update their copies in the same transaction.
 */
public record ItemChanged(Long itemId, BigDecimal amount, String warningLight, String grade) {
}
