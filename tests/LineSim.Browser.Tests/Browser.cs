using PuppeteerSharp;

namespace LineSim.Browser.Tests;

/// <summary>
/// One headless Chromium for a test class: the system's browser (Debian's <c>chromium</c>, or the one
/// <c>LINESIM_CHROMIUM</c> names), never one downloaded. Starting fails, and so do the tests, when there is none.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IBrowser? _browser;

    /// <summary>The path of the browser: <c>LINESIM_CHROMIUM</c>, else the first of the usual names on the path.</summary>
    public static string ExecutablePath()
    {
        if (Environment.GetEnvironmentVariable("LINESIM_CHROMIUM") is { Length: > 0 } path)
        {
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException($"LINESIM_CHROMIUM names {path}, which does not exist.");
        }

        string[] folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (string name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (string folder in folders)
            {
                string candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            "No Chromium found for the browser tests: install Debian's chromium (apt-get install -y chromium; .ci/run does), or set LINESIM_CHROMIUM to a Chromium executable.");
    }

    public async Task InitializeAsync()
    {
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = ExecutablePath(),

            // As root (CI), Chromium starts only without its sandbox; the pages are the tests' own files.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
    }

    /// <summary>Opens the file in a new page of the given viewport, recording console errors, page errors and every request.</summary>
    public async Task<OpenPage> OpenAsync(string file, int width = 1100, int height = 1400)
    {
        IPage page = await _browser!.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        var opened = new OpenPage(page);
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                opened.Errors.Add(e.Message.Text);
            }
        };
        page.PageError += (_, e) => opened.Errors.Add(e.Message);
        page.Request += (_, e) => opened.Requests.Add(e.Request.Url);
        await page.GoToAsync(new Uri(file).AbsoluteUri, WaitUntilNavigation.Load);
        return opened;
    }
}
