package cn.gov.finance.perf.system;

/** One validation message, naming the request field it belongs to. */
public record FieldMessage(String field, String message) {
}
