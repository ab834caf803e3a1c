package org.newsdesk.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CropTest {

    @Test
    void aWideCropOfALandscapePhotoTakesTheFullWidth() {
        assertThat(Crop.around(4000, 3000, Crop.Shape.WIDE, 50, 50)).isEqualTo(new Crop(0, 375, 4000, 2250));
    }

    @Test
    void aSquareCropFollowsTheFocalPointAcross() {
        assertThat(Crop.around(4000, 2000, Crop.Shape.SQUARE, 75, 50)).isEqualTo(new Crop(2000, 0, 2000, 2000));
        assertThat(Crop.around(4000, 2000, Crop.Shape.SQUARE, 10, 50)).isEqualTo(new Crop(0, 0, 2000, 2000));
    }

    @Test
    void aFocalPointAtTheEdgeKeepsTheCropInsideThePicture() {
        Crop crop = Crop.around(3000, 4000, Crop.Shape.CLASSIC, 100, 100);
        assertThat(crop).isEqualTo(new Crop(0, 1750, 3000, 2250));
        assertThat(crop.y() + crop.height()).isEqualTo(4000);
    }

    @Test
    void aFocalPointNearTheTopOfAPortraitKeepsTheFaceInAWideCrop() {
        Crop crop = Crop.around(3000, 4000, Crop.Shape.WIDE, 50, 20);
        assertThat(crop.height()).isEqualTo(1687);
        // the focal point (800 px down) is inside the crop, as near its middle as the top allows
        assertThat(crop.y()).isEqualTo(0);
        assertThat(800).isBetween(crop.y(), crop.y() + crop.height());
    }
}
