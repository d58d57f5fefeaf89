package io.pixelscrub.detector.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.MapHeaderView;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Device annotations of several vendors and modalities are NOT_PHI, with a header and without one. */
class DeviceAnnotationTest {

    private static final PhiClassifier CLASSIFIER = PhiClassifier.standard();
    /**
     * A real-looking header whose short values stand on none of the device lines: device lines stay NOT_PHI beside
     * the patient's own values. (Where a device line holds the header's value, the header wins: {@link HeaderWinsTest}.)
     */
    private static final HeaderDenyList DENY = HeaderDenyList.from(MapHeaderView.of(
            "PatientName", "XQ", "PatientSex", "M", "PatientID", "11-05-25-142825", "StudyID", "1",
            "OperatorsName", "ZK", "StudyDate", "20110525", "StudyTime", "145628", "Manufacturer", "Philips"));

    /**
     * Device lines of real devices. Lines that have a PHI shape too are not here but in {@link PhiShapesTest}, with
     * the verdict they get: "60F" and "M3" (glued sex and age), "0:03:46" (a zero hour), "Ex:00000" (a value after an
     * identifier label), "Philips Healthcare" (a company name the header does not give the device).
     */
    static Stream<String> deviceLines() {
        return Stream.of(
                // Philips EPIQ / CX50 / iU22
                "Adv Breast L12-5 36Hz RS", "2D 60% Dyn R 58 P Med Res", "TIS0.0 MI 0.6", "4.0cm", "TAC1",
                "PHILIPS", "MI 1.1  TIB 0.2", "Gen OB C5-1 28Hz 11cm 2D HGen Gn 60 C 61 3/3/4", "+ Cist Mag 1.06 cm",
                "P R 1.8 3.6", "RS 2D 32% C 55 P Low Gen", "Dist 1.43 cm", "Pancreas TR", "14",
                "C5-2 Abd Gen", "L12-3 Vasc Pen", "*** bpm",
                // Siemens S2000 / Acuson
                "SIEMENS 6C1 HD *Renal General TIS/TIB/MI 19fps 2D THI H4.00 MHz", "Sag Liver L-M _", "16cm",
                "6L3 6.0MHz Thyroid General 35mm 65dB", "T1/+1/3/2 Gain= 8dB", "ACUSON SEQUOIA", "9L4 SieClear 2",
                // GE LOGIQ / Vivid
                "630P630", "78F78", "44CG43", "IM#2", "+2:09:04", "3cm3cm 8M12L", "MSCSKEL", "CINE 0118", "22G22",
                "78DR78", "LYMPH NODE", "TIS<0.4 MI=0.8 AO=100%", "400P", "45CG", "IM#1", "image_1", "16cm 326s",
                "BREAST", "FROZEN", "78G", "72DR", "R3 A2 P16", "TIS=0.5 MI=0.4 AO=69%", "PWR", "GE", "4C-RS 5.0MHz",
                // Aloka, SonoSite, Toshiba, Samsung, Mindray, Esaote
                "127/128 20Hz", "110/111 20Hz", "L0", "3:PELVIS", "DVA: 94%", "ULTRASOUND", "Gen THI", "S", "Crd P21",
                "MI 0.9 TIS 0.7", "Gen 0 Sector MB Off On Page 1/3", "TOSHIBA APLIO PLT-604AT", "SAMSUNG MEDISON",
                "MINDRAY DC-70 C5-2s", "ESAOTE MyLab", "FR 24Hz Gain 52 DR 60", "PRF 4.0kHz WF 120Hz", "CF 3.1MHz",
                "PW SV 2.0mm Angle 60", "M-mode 4cm/s", "HPRF 7.8kHz", "XMIT:A 3.5/2.7-L", "PROC 2/0/E/B/B",
                "GAIN 82 COMP 60 85BPM 16CM 14HZ", "2.7MHZ 52.", "TIB 0.4 TIC 1.1", "THI Res Pen",
                // CT, MR, XR, XA, MG, NM
                "GE ADVANTAGE AX 8.5 Im:1 DFOV 23cm", "kV 120 mA 200 5mm Tilt 6", "W = 80 L = 35", "R", "L",
                "A114", "P114", "WW 400 WL 40", "SE 3 IM 42", "TR 500 TE 15", "TE 90 TR 4000 ETL 16", "FOV 24cm 512x512",
                "AX T2 FLAIR", "SAG T1", "COR STIR FS", "Tilt 0.0", "DFOV 36.0 cm", "Pitch 0.984 Rot 0.5s",
                "CTDIvol 12.3 mGy DLP 410 mGy*cm", "Semi-Upright", "Portable", "PA", "LAT", "AP SUPINE",
                "- 3 L 8 CAU 26 RAO # 1/ 1", "IMAGE 55", "LAO 30 CRA 20", "15 fps", "CC", "MLO", "R MLO", "SUV max 4.2",
                "SOMATOM Definition", "HFS", "Se: 2", "Im: 14/120", "WW 2000 WL -500", "C 2949 W 2175", "EI 1593",
                // endoscopy and test images
                "GI PREPYLORIC ULCER", "GI TRANSVERSE COLON ERYTHEMA", "COLON", "VCR", "SMPTE TEST PATTERN", "0%", "100%",
                "EGD",
                // other vendors and languages, obstetric and cardiac measurements, breast clock positions
                "LOGIQ E9 ML6-15-D 12.0MHz", "Voluson E10 RM6C Obstetric", "Vivid E95 M5Sc-D 1.7/3.4MHz 48Hz",
                "HR 72 bpm  EF 55 %", "AC 28.4cm  BPD 8.2cm  FL 6.1cm", "EFW 1234g", "GA 32w4d", "Sweep 50 mm/s",
                "Res/Speed Balance", "Focal Zones 2", "Aplio i800 PVI-475BX", "SEG 3 / 10", "Ser: 4  Img: 27",
                "Window 350/50", "Kontrast: 40", "Verst. 55 dB", "Tiefe 12 cm", "Profondeur 8 cm", "Ganancia 50",
                "LT KIDNEY LONG", "RT KIDNEY TRANS", "CHEST PA ERECT", "R Breast 10:00 3cm FN", "RUQ",
                "Bladder Vol 245 ml", "Nuchal 1.8mm", "Software 5.0.1",
                // settings OCR ran together (decimals: no identifier)
                "ST 5.4SP-14.1", "SP-54.7/12.5");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviceLines")
    void notPhiWithoutAHeader(String line) {
        TextVerdict v = CLASSIFIER.classify(line, HeaderDenyList.empty());
        assertEquals(new TextVerdict(Verdict.NOT_PHI, v.confidence(), "allow-list"), v, line);
        assertTrue(v.confidence() >= 0.6, line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviceLines")
    void notPhiBesideAHeaderWithShortValues(String line) {
        // sex "M" is context, not a value; StudyID "1" is a counter; "XQ" and "ZK" stand on no device line
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, DENY).verdict(), line);
    }

    /** Generated lines: any listed label with any measurement in any listed unit. */
    @Test
    void generatedLabelValueUnitLinesAreNotPhi() {
        String[] labels = {"Gain", "Depth", "FR", "MI", "TIS", "PRF", "WF", "DR", "Freq", "Focus", "Angle", "kV", "mA",
            "Tilt", "FOV", "Zoom", "Comp", "Persist", "Map", "Filter", "SV", "Baseline", "Scale", "Vel", "PSV", "EDV",
            "RI", "VTI", "HR", "Dist", "Area", "Vol", "Thick", "Pitch", "TR", "TE", "Flip", "NEX", "BW", "SL"};
        String[] units = {"MHz", "Hz", "kHz", "dB", "cm", "mm", "fps", "bpm", "%", "kV", "mA", "mAs", "s", "ms", "cm/s",
            "mmHg", "ml", "cm2", "deg", "mGy"};
        Random r = new Random(42);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String label = labels[r.nextInt(labels.length)];
            String unit = units[r.nextInt(units.length)];
            String value = r.nextBoolean() ? Integer.toString(r.nextInt(999)) : String.format("%.1f", r.nextDouble() * 99);
            String sep = new String[] {" ", " = ", ": ", "="}[r.nextInt(4)];
            String gap = r.nextBoolean() ? "" : " ";
            lines.add(label + sep + value + gap + unit + (r.nextBoolean() ? "" : "  " + labels[r.nextInt(labels.length)]
                    + " " + r.nextInt(100)));
        }
        for (String line : lines) {
            assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, HeaderDenyList.empty()).verdict(), line);
        }
    }

    /** Probe names are patterns, not a fixed list. */
    @Test
    void probeNamesOfManyVendorsAreNotPhi() {
        for (String p : new String[] {"L12-5", "C5-1", "6C1", "6L3", "S5-1", "9L4", "EV8C4", "C1-6-D", "IC5-9-D",
            "4C-RS", "12L-RS", "L11-5v", "ML6-15", "15L8W", "4V1c", "X5-1", "P4-2", "V7-3", "C60x", "HFL38x", "L8-18i-D",
            "M5Sc-D", "6Tc-RS", "SP10-16", "L15-7io", "eL18-4", "mC7-2", "LA523", "C9-5ec", "PA230E"}) {
            assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify(p + " 5.0MHz", HeaderDenyList.empty()).verdict(), p);
        }
    }
}
