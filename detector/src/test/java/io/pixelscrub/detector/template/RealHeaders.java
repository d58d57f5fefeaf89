package io.pixelscrub.detector.template;

import io.pixelscrub.models.Box;
import io.pixelscrub.models.MapHeaderView;
import java.util.List;

/**
 * Headers of the real test files, typed from `dcmdump -M` output (device attributes only; these public files carry
 * no real patient data). Ultrasound regions: RegionLocationMin/Max are inclusive in DICOM, exclusive in Box.
 */
final class RealHeaders {

    private RealHeaders() {
    }

    /** testdata/real/deid-data/US_Philips_EPIQ5G_GREYSCALE_IMAGE.dcm */
    static MapHeaderView epiq5g() {
        return MapHeaderView.of(
                "ImplementationVersionName", "PYNETDICOM_141",
                "ImageType", "ORIGINAL\\PRIMARY\\SMALL PARTS",
                "SOPClassUID", "1.2.840.10008.5.1.4.1.1.6.1",
                "Modality", "US",
                "Manufacturer", "Philips Medical Systems",
                "SeriesDescription", "US KIDNEY",
                "ManufacturerModelName", "EPIQ 5G",
                "SoftwareVersions", "EPIQ 5G_1.5.6.850",
                "Rows", "768",
                "Columns", "1024",
                "BurnedInAnnotation", "YES")
                .withUltrasoundRegions(List.of(Box.fromCorners(14, 38, 1011, 759)));
    }

    /** testdata/real/deid-data/US_Siemens_S2000_RGB_IMAGE.dcm */
    static MapHeaderView s2000() {
        return MapHeaderView.of(
                "ImplementationVersionName", "PYNETDICOM_141",
                "ImageType", "ORIGINAL\\PRIMARY\\RENAL\\0001",
                "SOPClassUID", "1.2.840.10008.5.1.4.1.1.6.1",
                "Modality", "US",
                "Manufacturer", "SIEMENS",
                "ManufacturerModelName", "S2000",
                "SoftwareVersions", "VE10B",
                "Rows", "768",
                "Columns", "1024")
                .withUltrasoundRegions(List.of(Box.fromCorners(0, 60, 1009, 765)));
    }
}
