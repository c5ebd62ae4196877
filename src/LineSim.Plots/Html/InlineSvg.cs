using System.Net;
using System.Text.RegularExpressions;

namespace LineSim.Plots.Html;

/// <summary>
/// Turns a chart into a figure of inline SVG for a page: ids made unique by the figure's id (a page holds many charts,
/// each with its own clip paths), scaled to the page's width, named as an image by its caption.
/// </summary>
internal static partial class InlineSvg
{
    public static string Figure(Chart chart, string id) => Figure(Svg(chart.Plot.GetSvgHtml(ChartFile.Width, chart.Height), id), ChartFile.Width, chart.Height, id, chart.Description);

    /// <summary>A figure of SVG content (the elements inside <c>&lt;svg&gt;</c>) of the given size.</summary>
    public static string Figure(string content, int width, int height, string id, string description)
    {
        string caption = WebUtility.HtmlEncode(description);
        return $"<figure id=\"{id}\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-caption\">\n"
            + content
            + $"</svg>\n<figcaption id=\"{id}-caption\">{caption}</figcaption>\n</figure>\n";
    }

    /// <summary>
    /// The elements of an SVG document, its ids renamed <c>prefix-clip1</c>, <c>prefix-clip2</c>, ... in the order they
    /// appear (the drawing library numbers them from a counter of its own, which differs from run to run).
    /// </summary>
    public static string Svg(string document, string prefix)
    {
        int open = document.IndexOf("<svg", StringComparison.Ordinal);
        int start = document.IndexOf('>', open) + 1;
        int end = document.LastIndexOf("</svg>", StringComparison.Ordinal);
        string content = document[start..end];
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Rename(string id)
        {
            if (!names.TryGetValue(id, out string? name))
            {
                name = $"{prefix}-clip{names.Count + 1}";
                names.Add(id, name);
            }

            return name;
        }

        content = IdAttribute().Replace(content, match => $"id=\"{Rename(match.Groups[1].Value)}\"");
        return Reference().Replace(content, match => $"url(#{Rename(match.Groups[1].Value)})");
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex Reference();
}
