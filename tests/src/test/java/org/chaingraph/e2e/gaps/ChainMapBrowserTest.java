package org.chaingraph.e2e.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU;
import static org.chaingraph.e2e.gaps.GapDataset.YEAR;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.chaingraph.e2e.HeadlessChromium;
import org.junit.jupiter.api.Test;

/**
 * The map page as a browser sees it: headless Chromium loads {@code /maps/{chainId}} from the running
 * server, and every segment must be in the rendered DOM; a screenshot goes to {@code target/} (look
 * at it to check that Chinese labels render). Needs Debian's chromium and fonts-noto-cjk, which
 * {@code scripts/install-browser.sh} installs; skipped, saying so, when chromium is absent.
 */
class ChainMapBrowserTest extends GapApiTest {

    static final Pattern NODE = Pattern.compile("<g class=\"node\" data-id=\"([^\"]+)\"");
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The page has no script; the budget only lets layout and fonts settle. */
    static final int BUDGET_MILLIS = 2000;

    @Test
    void renderedPageHasEverySegmentOfTheChain() {
        String dom;
        try (var chromium = HeadlessChromium.start()) {
            dom = chromium.dumpDom(page(), BUDGET_MILLIS);
        }

        var rendered = new ArrayList<String>();
        var matcher = NODE.matcher(dom);
        while (matcher.find()) {
            rendered.add(matcher.group(1));
        }
        List<String> segments = list(report("gx", HANGZHOU, YEAR), "segments").stream()
                .map(s -> (String) map(s, "segment").get("id")).toList();
        assertThat(segments).hasSize(10);
        assertThat(rendered).containsExactlyInAnyOrderElementsOf(segments);
        // Escaped in the page, and serialised escaped again from the DOM the browser built.
        assertThat(dom).contains("终端应用 &lt;消费&amp;汽车&gt;").contains("<svg");
    }

    @Test
    void screenshotIsANonEmptyPng() throws Exception {
        Path screenshot = Path.of("target", "chain-map-gx-" + HANGZHOU + ".png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);

        try (var chromium = HeadlessChromium.start()) {
            chromium.run("--screenshot=" + screenshot, "--window-size=1800,760", "--hide-scrollbars", page());
        }

        assertThat(screenshot).exists();
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png).startsWith(PNG_SIGNATURE);
        assertThat(png.length).isGreaterThan(10_000);
    }

    private String page() {
        return "http://127.0.0.1:" + port + "/maps/gx?region=" + HANGZHOU + "&year=" + YEAR;
    }
}
