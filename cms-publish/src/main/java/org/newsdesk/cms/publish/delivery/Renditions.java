package org.newsdesk.cms.publish.delivery;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.cms.media.MediaStore;
import org.newsdesk.cms.publish.url.PublicUrls;

/**
 * Pictures' renditions, from the media store, at {@code /media/<image>-<kind>-<hash>.jpg}. The
 * hash is of the file's bytes, so an address never shows other bytes and may be cached for a year
 * by browsers and CDNs ({@value #IMMUTABLE}); the ETag is that hash. Ranges are honoured (a
 * resumed download, a proxy fetching in parts). With nginx in front (docker/), the same files are
 * served from the media folder and this servlet is only reached when the file is not there.
 */
@WebServlet(urlPatterns = PublicUrls.MEDIA + "*")
public class Renditions extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern NAME = org.newsdesk.cms.media.Rendition.FILE_NAME;
    private static final Pattern RANGE = Pattern.compile("bytes=([0-9]*)-([0-9]*)");

    @Inject
    transient MediaStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<byte[]> found = store.get("renditions/" + name);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = found.get();
        String etag = "\"" + matcher.group(3) + "\"";
        response.setHeader("Cache-Control", IMMUTABLE);
        response.setHeader("ETag", etag);
        response.setHeader("Accept-Ranges", "bytes");
        response.setContentType("image/jpeg");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        int start = 0;
        int end = bytes.length - 1;
        String range = request.getHeader("Range");
        String ifRange = request.getHeader("If-Range");
        if (range != null && (ifRange == null || ifRange.equals(etag))) {
            Matcher wanted = RANGE.matcher(range.strip());
            if (wanted.matches() && !(wanted.group(1).isEmpty() && wanted.group(2).isEmpty())) {
                try {
                    if (wanted.group(1).isEmpty()) {
                        start = Math.max(0, bytes.length - Integer.parseInt(wanted.group(2)));
                    } else {
                        start = Integer.parseInt(wanted.group(1));
                        end = wanted.group(2).isEmpty() ? end : Math.min(end, Integer.parseInt(wanted.group(2)));
                    }
                } catch (NumberFormatException huge) {
                    start = bytes.length;
                }
                if (start >= bytes.length || start > end) {
                    response.setHeader("Content-Range", "bytes */" + bytes.length);
                    response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader("Content-Range", "bytes " + start + "-" + end + "/" + bytes.length);
            }
            // several ranges, or another unit: the whole file, as RFC 9110 allows
        }
        int length = end - start + 1;
        response.setContentLength(length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes, start, length);
        }
    }
}
