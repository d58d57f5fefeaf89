package io.pixelscrub.cli.review;

import io.pixelscrub.testdata.env.RequiredTools;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's headless Chromium under Selenium, offline (binary and driver given explicitly), downloads into a folder. */
final class Chromium {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    static WebDriver start(Path profile, Path downloads, String windowSize) throws Exception {
        RequiredTools.require(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "no /usr/bin/chromium or /usr/bin/chromedriver (scripts/setup.sh --deps --test installs Debian chromium and chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=" + windowSize,
                "--user-data-dir=" + Files.createDirectories(profile));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
    }

    static List<String> consoleErrors(WebDriver driver) {
        Predicate<LogEntry> error = e -> e.getLevel().intValue() >= Level.SEVERE.intValue();
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(error).map(LogEntry::getMessage).toList();
    }
}
