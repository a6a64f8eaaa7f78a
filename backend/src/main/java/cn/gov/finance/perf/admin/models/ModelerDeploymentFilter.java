package cn.gov.finance.perf.admin.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.RequestContext;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda Modeler deploys with {@code POST /engine-rest/deployment/create} (multipart, HTTP Basic,
 * administrators only — the engine-rest security chain runs first). This filter runs the same
 * validation as an upload on the files of that request before Camunda sees it: any problem is a
 * 422 problem+json listing all of them, and nothing reaches the engine; a deployment that passes
 * is recorded with source {@code modeler}.
 */
class ModelerDeploymentFilter extends OncePerRequestFilter {

	static final String PATH = "/engine-rest/deployment/create";

	/** The default engine's path and a named engine's ({@code /engine-rest/engine/{name}/deployment/create}): no way around. */
	private static final java.util.regex.Pattern PATHS = java.util.regex.Pattern
		.compile("^/engine-rest(/engine/[^/]+)?/deployment/create/?$");

	private final ModelDeployments deployments;

	private final ModelProblemResponses responses;

	private final ObjectMapper json;

	private final long maxBodyBytes;

	ModelerDeploymentFilter(ModelDeployments deployments, ModelProblemResponses responses, ObjectMapper json,
			long maxFileBytes) {
		this.deployments = deployments;
		this.responses = responses;
		this.json = json;
		this.maxBodyBytes = maxFileBytes * 20;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equalsIgnoreCase(request.getMethod()) || !PATHS.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBodyBytes + 1));
		List<ModelFile> files;
		try {
			files = body.length > this.maxBodyBytes ? null : files(body, request);
		}
		catch (FileUploadException ex) {
			files = null;
		}
		if (files == null || files.isEmpty()) {
			this.responses.write(request, response, List.of(new ModelProblem("-", null, null,
					cn.gov.finance.perf.system.Message.of("model.files.required"))));
			return;
		}
		ModelDeployments.Validation validation = this.deployments.validate(files);
		if (!validation.problems().isEmpty()) {
			this.responses.write(request, response, validation.problems());
			return;
		}
		ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
		chain.doFilter(new BufferedRequest(request, body), caching);
		if (caching.getStatus() == HttpServletResponse.SC_OK) {
			JsonNode deployment = this.json.readTree(caching.getContentAsByteArray());
			if (deployment != null && deployment.path("id").isTextual()) {
				String user = SecurityContextHolder.getContext().getAuthentication() == null ? "unknown"
						: SecurityContextHolder.getContext().getAuthentication().getName();
				this.deployments.record(deployment.get("id").asText(), user, ModelDeployments.Source.MODELER,
						files.stream().map(ModelFile::name).toList());
			}
		}
		caching.copyBodyToResponse();
	}

	private static List<ModelFile> files(byte[] body, HttpServletRequest request) throws FileUploadException, IOException {
		List<ModelFile> files = new ArrayList<>();
		FileItemIterator items = new FileUpload().getItemIterator(new RequestContext() {
			@Override
			public String getCharacterEncoding() {
				return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : request.getCharacterEncoding();
			}

			@Override
			public String getContentType() {
				return request.getContentType();
			}

			@Override
			public int getContentLength() {
				return body.length;
			}

			@Override
			public InputStream getInputStream() {
				return new ByteArrayInputStream(body);
			}
		});
		while (items.hasNext()) {
			FileItemStream item = items.next();
			if (!item.isFormField()) {
				try (InputStream in = item.openStream()) {
					files.add(new ModelFile(ModelController.fileName(item.getName()), in.readAllBytes()));
				}
			}
		}
		return files;
	}

	/** The request again, its body read from the bytes the filter already read. */
	private static final class BufferedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

	}

	/** Its own registration, after Spring Security's filter chain (order -100), so only administrators get here. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<ModelerDeploymentFilter> modelerDeploymentFilter(ModelDeployments deployments,
				ModelProblemResponses responses, ObjectMapper json, ModelValidator validator) {
			FilterRegistrationBean<ModelerDeploymentFilter> registration = new FilterRegistrationBean<>(
					new ModelerDeploymentFilter(deployments, responses, json, validator.maxFileBytes()));
			registration.addUrlPatterns("/engine-rest/*");
			registration.setOrder(0);
			return registration;
		}

	}

}
