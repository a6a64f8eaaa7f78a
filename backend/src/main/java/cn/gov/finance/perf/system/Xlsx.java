package cn.gov.finance.perf.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A streaming xlsx export (Apache POI SXSSF): Chinese headers in bold, the header row frozen, amounts
 * as numbers formatted {@code #,##0.00}, dates as dates, times in {@code app.time-zone}. Only a window
 * of rows stays in memory, the rest goes to a temporary file, so 20,000 rows cost what 100 do.
 */
public final class Xlsx implements AutoCloseable {

	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** A column: its header and its width in characters. */
	public record Column(String header, int width) {
	}

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final CellStyle amount;

	private final CellStyle date;

	private final CellStyle dateTime;

	private final CellStyle header;

	private final ZoneId zone;

	private Sheet sheet;

	private int next;

	public Xlsx(ZoneId zone) {
		this.zone = zone;
		short dateFormat = this.workbook.createDataFormat().getFormat("yyyy-mm-dd");
		this.amount = this.workbook.createCellStyle();
		this.amount.setDataFormat(this.workbook.createDataFormat().getFormat("#,##0.00"));
		this.date = this.workbook.createCellStyle();
		this.date.setDataFormat(dateFormat);
		this.dateTime = this.workbook.createCellStyle();
		this.dateTime.setDataFormat(this.workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
		this.header = this.workbook.createCellStyle();
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.header.setFont(bold);
	}

	/** Starts a sheet with its header row (frozen). */
	public Xlsx sheet(String name, List<Column> columns) {
		this.sheet = this.workbook.createSheet(name);
		this.next = 0;
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(columns.get(i).header());
			cell.setCellStyle(this.header);
			this.sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
		}
		this.sheet.createFreezePane(0, 1);
		return this;
	}

	/** One row: strings, numbers, amounts ({@link BigDecimal}), dates and instants; null leaves the cell empty. */
	public void row(Object... values) {
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof BigDecimal decimal) {
				cell.setCellValue(decimal.doubleValue());
				cell.setCellStyle(this.amount);
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(this.date);
			}
			else if (value instanceof Instant instant) {
				cell.setCellValue(instant.atZone(this.zone).toLocalDateTime());
				cell.setCellStyle(this.dateTime);
			}
			else if (value instanceof Boolean flag) {
				cell.setCellValue(flag ? "是" : "否");
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

	public void write(OutputStream out) throws IOException {
		this.workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		this.workbook.dispose();
		this.workbook.close();
	}

	/** Streams a workbook to the response as an attachment named {@code fileName}. */
	public static void send(HttpServletResponse response, String fileName, ZoneId zone, Consumer<Xlsx> fill) {
		try (Xlsx xlsx = new Xlsx(zone)) {
			fill.accept(xlsx);
			response.setContentType(MEDIA_TYPE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
			xlsx.write(response.getOutputStream());
			response.flushBuffer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
