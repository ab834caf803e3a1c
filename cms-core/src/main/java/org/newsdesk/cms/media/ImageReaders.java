package org.newsdesk.cms.media;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * The decoder for each accepted format. JPEG and WebP come from TwelveMonkeys (CMYK and YCCK
 * JPEGs from print workflows, which the JDK refuses; WebP, which the JDK cannot read at all), made
 * directly from their providers instead of registered in the JVM-wide {@link IIORegistry}: a
 * registration there outlives a redeploy of the WAR and pins its class loader.
 */
final class ImageReaders {

    private static final ImageReaderSpi JPEG = jpegProvider();
    private static final ImageReaderSpi WEBP = new WebPImageReaderSpi();

    private ImageReaders() {
    }

    static ImageReader forFormat(ImageFormat format) throws IOException {
        return switch (format) {
            case JPEG -> JPEG.createReaderInstance();
            case WEBP -> WEBP.createReaderInstance();
            case PNG, GIF -> {
                Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(java.util.Locale.ROOT));
                if (!readers.hasNext()) {
                    throw new IOException("No reader for " + format);
                }
                yield readers.next();
            }
        };
    }

    private static ImageReaderSpi jpegProvider() {
        JPEGImageReaderSpi provider = new JPEGImageReaderSpi();
        // it decodes through the JDK's own JPEG reader, found when it is told of a registry
        provider.onRegistration(IIORegistry.getDefaultInstance(), ImageReaderSpi.class);
        return provider;
    }
}
