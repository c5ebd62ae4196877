using PuppeteerSharp;

namespace LineSim.Browser.Tests;

/// <summary>A page open in the browser, with what it logged as errors and every address it requested.</summary>
public sealed class OpenPage(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Errors { get; } = [];

    public List<string> Requests { get; } = [];

    public ValueTask DisposeAsync() => new(Page.CloseAsync());
}
