using System.Globalization;
using System.Text.Json;
using LineSim.Experiments;
using PuppeteerSharp;
using SkiaSharp;

namespace LineSim.Browser.Tests;

/// <summary>The HTML report as a person sees it, in headless Chromium: one browser for the class, a few pages.</summary>
public sealed class HtmlReportBrowserTests : IClassFixture<Browser>, IClassFixture<Reports>
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    private readonly Browser _browser;
    private readonly Reports _reports;

    public HtmlReportBrowserTests(Browser browser, Reports reports)
    {
        _browser = browser;
        _reports = reports;
    }

    [Fact]
    public async Task Report_BodyShop_LoadsWithoutErrorsOrRequestsAndShowsTheHeadline()
    {
        await using OpenPage opened = await _browser.OpenAsync(_reports.BodyShopPath);

        Assert.Empty(opened.Errors);
        Assert.Equal([new Uri(_reports.BodyShopPath).AbsoluteUri], opened.Requests);
        string text = await opened.Page.EvaluateExpressionAsync<string>("document.body.innerText");
        var result = _reports.BodyShopResult;
        foreach (string expected in new[]
                 {
                     "Body shop, framing area (55 s takt)",
                     $"{F(result.ThroughputPerHour.Mean, 1)} ± {F(result.ThroughputPerHour.HalfWidth, 1)}",
                     "against takt 65.5 JPH (55 s)",
                     $"{F(100 * result.TaktAttainment.Mean, 1)}% ± {F(100 * result.TaktAttainment.HalfWidth, 1)}%",
                     $"{F(result.PartsOut.Mean, 0)} ± {F(result.PartsOut.HalfWidth, 0)}",
                     "Station states", "Buffers", "Lead time", "Output over time", "Carriers and crews", "Scenario",
                     "Underbody weld 2 -> Framing",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Report_BodyShop_EveryChartHasADrawingAndATextAlternative()
    {
        await using OpenPage opened = await _browser.OpenAsync(_reports.BodyShopPath);

        // Per figure: its id, the drawn size of the SVG's content, its number of shapes, and its caption.
        string json = await opened.Page.EvaluateExpressionAsync<string>("""
            JSON.stringify([...document.querySelectorAll('figure')].map(f => {
              const svg = f.querySelector('svg');
              const box = svg.getBBox();
              const label = document.getElementById(svg.getAttribute('aria-labelledby'));
              return { id: f.id, width: box.width, height: box.height, shapes: svg.querySelectorAll('rect, path, polyline, line, circle, text').length,
                       role: svg.getAttribute('role'), caption: label ? label.textContent : '' };
            }))
            """);
        Figure[] figures = JsonSerializer.Deserialize<Figure[]>(json, s_json)!;

        Assert.Equal(
            ["station-states", "buffer-occupancy", "buffer-levels", "lead-time", "lead-time-histogram", "throughput", "throughput-over-time", "plant"],
            figures.Select(f => f.Id));
        foreach (Figure figure in figures)
        {
            Assert.True(figure.Width > 300 && figure.Height > 150, $"{figure.Id} draws {figure.Width} x {figure.Height}");
            Assert.True(figure.Shapes > 20, $"{figure.Id} has {figure.Shapes} shapes");
            Assert.Equal("img", figure.Role);
            Assert.True(figure.Caption.Length > 40, $"{figure.Id}'s text alternative: '{figure.Caption}'");
        }
    }

    [Fact]
    public async Task Report_ThirtyStationPlant_NoTwoTextsOverlap()
    {
        await using OpenPage opened = await _browser.OpenAsync(_reports.PlantPath);

        // Every text of every drawing with its box on the page; texts of one drawing are compared with each other.
        string json = await opened.Page.EvaluateExpressionAsync<string>("""
            JSON.stringify([...document.querySelectorAll('figure')].flatMap(f =>
              [...f.querySelectorAll('svg text')].filter(t => t.textContent.trim().length > 0).map(t => {
                const r = t.getBoundingClientRect();
                return { figure: f.id, text: t.textContent.trim(), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
              })))
            """);
        TextBox[] boxes = JsonSerializer.Deserialize<TextBox[]>(json, s_json)!;

        Assert.Contains(boxes, b => b.Figure == "buffer-occupancy" && b.Text == "Main line station 7 -> Main line station 8");
        Assert.Contains(boxes, b => b.Figure == "station-states" && b.Text == "Right side frame station 5");
        Assert.Contains(boxes, b => b.Figure == "plant");
        var overlaps = new List<string>();
        for (int i = 0; i < boxes.Length; i++)
        {
            for (int j = i + 1; j < boxes.Length; j++)
            {
                TextBox a = boxes[i];
                TextBox b = boxes[j];

                // Half a pixel of slack: glyph boxes of neighbouring lines may touch.
                if (a.Figure == b.Figure && a.Left < b.Right - 0.5 && b.Left < a.Right - 0.5 && a.Top < b.Bottom - 0.5 && b.Top < a.Bottom - 0.5)
                {
                    overlaps.Add($"{a.Figure}: '{a.Text}' and '{b.Text}'");
                }
            }
        }

        Assert.True(overlaps.Count == 0, string.Join("\n", overlaps));
    }

    [Fact]
    public async Task ExperimentReport_LoadsWithoutErrorsAndDrawsEveryConfiguration()
    {
        await using OpenPage opened = await _browser.OpenAsync(_reports.ExperimentPath);

        Assert.Empty(opened.Errors);
        Assert.Equal([new Uri(_reports.ExperimentPath).AbsoluteUri], opened.Requests);
        string text = await opened.Page.EvaluateExpressionAsync<string>("document.body.innerText");
        ConfigurationResult best = _reports.ExperimentResult.Configurations.MaxBy(c => c.Figures.ThroughputPerHour.Mean)!;
        Assert.Contains($"{F(best.Figures.ThroughputPerHour.Mean, 1)} ± {F(best.Figures.ThroughputPerHour.HalfWidth, 1)}", text, StringComparison.Ordinal);
        Assert.Contains($"configuration {best.Name}", text, StringComparison.Ordinal);

        // Each chart names every configuration it draws, and no two of its texts overlap.
        string json = await opened.Page.EvaluateExpressionAsync<string>("""
            JSON.stringify([...document.querySelectorAll('figure')].flatMap(f =>
              [...f.querySelectorAll('svg text')].filter(t => t.textContent.trim().length > 0).map(t => {
                const r = t.getBoundingClientRect();
                return { figure: f.id, text: t.textContent.trim(), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
              })))
            """);
        TextBox[] boxes = JsonSerializer.Deserialize<TextBox[]>(json, s_json)!;
        Assert.Equal(["experiment-jph", "experiment-difference"], boxes.Select(b => b.Figure).Distinct());
        Assert.All(_reports.ExperimentResult.Configurations, c => Assert.Contains(boxes, b => b.Figure == "experiment-jph" && b.Text == c.Name));
        Assert.DoesNotContain(boxes, a => boxes.Any(b => !ReferenceEquals(a, b) && a.Figure == b.Figure
            && a.Left < b.Right - 0.5 && b.Left < a.Right - 0.5 && a.Top < b.Bottom - 0.5 && b.Top < a.Bottom - 0.5));
    }

    [Fact]
    public async Task Report_BodyShop_ScreenshotIsNotBlank()
    {
        await using OpenPage opened = await _browser.OpenAsync(_reports.BodyShopPath, width: 1000, height: 1300);

        byte[] png = await opened.Page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png });

        using SKBitmap bitmap = SKBitmap.Decode(png);
        Assert.Equal(1000, bitmap.Width);
        int inked = 0;
        var colours = new HashSet<SKColor>();
        for (int y = 0; y < bitmap.Height; y += 4)
        {
            for (int x = 0; x < bitmap.Width; x += 4)
            {
                SKColor pixel = bitmap.GetPixel(x, y);
                colours.Add(pixel);
                inked += pixel.Red + pixel.Green + pixel.Blue < 600 ? 1 : 0;
            }
        }

        int samples = (bitmap.Width / 4) * (bitmap.Height / 4);
        Assert.True(inked > samples / 20, $"only {inked} of {samples} sampled pixels are not white");
        Assert.True(colours.Count > 50, $"only {colours.Count} colours");

        // The README's picture of the report: LINESIM_SCREENSHOT=docs/report-body-shop.png dotnet test tests/LineSim.Browser.Tests
        if (Environment.GetEnvironmentVariable("LINESIM_SCREENSHOT") is { Length: > 0 } path)
        {
            await File.WriteAllBytesAsync(Path.IsPathRooted(path) ? path : Path.Combine(Reports.RepositoryRoot(), path), png);
        }
    }

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private sealed record Figure(string Id, double Width, double Height, int Shapes, string? Role, string Caption);

    private sealed record TextBox(string Figure, string Text, double Left, double Top, double Right, double Bottom);
}
