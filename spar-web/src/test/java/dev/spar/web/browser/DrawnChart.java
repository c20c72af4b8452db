package dev.spar.web.browser;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * What a chart on a page holds and what its canvas actually shows.
 *
 * @param series the label of each line
 * @param points how many points each line has
 * @param inkedPixels how many pixels of the canvas are not blank
 * @param pixelsInColour how many pixels have the colour asked about
 */
record DrawnChart(List<String> series, List<Integer> points, int inkedPixels, int pixelsInColour) {
    private static final String READ = """
            ([id, r, g, b]) => {
              const canvas = document.getElementById(id);
              const chart = window.Chart && window.Chart.getChart(canvas);
              if (!chart) { return null; }
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let inked = 0, inColour = 0;
              for (let i = 0; i < pixels.length; i += 4) {
                if (pixels[i + 3] === 0) { continue; }
                inked++;
                if (Math.abs(pixels[i] - r) < 12 && Math.abs(pixels[i + 1] - g) < 12
                    && Math.abs(pixels[i + 2] - b) < 12 && pixels[i + 3] > 200) { inColour++; }
              }
              return { series: chart.data.datasets.map(d => d.label),
                       points: chart.data.datasets.map(d => d.data.length), inked: inked, inColour: inColour };
            }
            """;

    /**
     * Reads the chart drawn on a canvas, once there is one.
     *
     * @param colour a colour one line is drawn in, as {@code #rrggbb}
     */
    @SuppressWarnings("unchecked")
    static DrawnChart on(Page page, String canvasId, String colour) {
        page.waitForFunction("id => window.Chart && window.Chart.getChart(document.getElementById(id))", canvasId);
        int rgb = Integer.parseInt(colour.substring(1), 16);
        Map<String, Object> read =
                (Map<String, Object>) page.evaluate(READ, List.of(canvasId, rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff));
        return new DrawnChart(
                (List<String>) read.get("series"),
                ((List<Number>) read.get("points"))
                        .stream().map(Number::intValue).toList(),
                ((Number) read.get("inked")).intValue(),
                ((Number) read.get("inColour")).intValue());
    }
}
