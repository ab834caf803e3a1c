package org.newsdesk.cms.web.importing;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Registers the upload servlet with the container's multipart limits taken from
 * {@code cms.import.max.mb}: an annotation's limits are constants, and without limits the
 * container stores a body of any size (a chunked one has no Content-Length to check first)
 * before the servlet sees it. The parts are written under the data directory, on the same disk
 * as the imports, so the upload is moved there rather than copied.
 */
@WebListener
public class ImportUploadRegistration implements ServletContextListener {

    /** Room for the form's other fields and the multipart boundaries around the file. */
    static final long FORM_OVERHEAD = 64 * 1024;
    /** The multipart location, inside the directory the uploads are moved to. */
    static final String INCOMING = "incoming";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        long maximum = maximumBytes(config.getOptionalValue("cms.import.max.mb", Long.class).orElse(512L));
        Path parts = partsDirectory(config.getOptionalValue("cms.data.dir", String.class).orElse("./data"));
        try {
            Files.createDirectories(parts);
        } catch (IOException e) {
            throw new UncheckedIOException("The directory for uploaded WordPress exports cannot be made: " + parts, e);
        }
        ServletRegistration.Dynamic upload = event.getServletContext().addServlet("ImportUploadServlet", ImportUploadServlet.class);
        upload.addMapping(ImportUploadServlet.MAPPING);
        upload.setMultipartConfig(new MultipartConfigElement(parts.toString(), maximum, maximum + FORM_OVERHEAD, 1024 * 1024));
    }

    static long maximumBytes(long megabytes) {
        return megabytes * 1024 * 1024;
    }

    /** Beside the imports' own directory ({@code WordPressImports#uploadDirectory}), on the same disk. */
    static Path partsDirectory(String dataDir) {
        return Path.of(dataDir, "imports", INCOMING).toAbsolutePath().normalize();
    }
}
