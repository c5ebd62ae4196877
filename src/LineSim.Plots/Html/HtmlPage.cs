using System.Net;

namespace LineSim.Plots.Html;

/// <summary>
/// The frame every report page shares: the document head with the inline style, the heading, a list of the sections
/// that links to them, and each section under its own heading.
/// </summary>
internal static class HtmlPage
{
    /// <summary>One section of a page: its anchor, its heading, and what writes its content.</summary>
    public readonly record struct Section(string Id, string Title, Action<HtmlWriter> Write);

    public static void Write(TextWriter writer, string title, IReadOnlyList<Section> sections)
    {
        var html = new HtmlWriter(writer);
        string encoded = WebUtility.HtmlEncode(title);
        html.Raw($"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{encoded}: LineSim report</title>\n<style>\n{ReportStyle.Css}</style>\n</head>\n<body>\n<header>\n");
        html.Element("h1", title);
        html.Element("p", "LineSim simulation report", "note");
        html.Raw("<nav aria-label=\"Sections\"><ol>");
        foreach (Section section in sections)
        {
            html.Raw($"<li><a href=\"#{section.Id}\">{WebUtility.HtmlEncode(section.Title)}</a></li>");
        }

        html.Raw("</ol></nav>\n</header>\n<main>\n");
        foreach (Section section in sections)
        {
            html.Raw($"<section id=\"{section.Id}\" aria-labelledby=\"{section.Id}-title\">\n<h2 id=\"{section.Id}-title\">{WebUtility.HtmlEncode(section.Title)}</h2>\n");
            section.Write(html);
            html.Raw("</section>\n");
        }

        html.Raw("</main>\n</body>\n</html>\n");
    }

    /// <summary>Writes a page to <paramref name="path"/> as UTF-8 without a byte order mark, replacing the file.</summary>
    public static void WriteFile(string path, Action<TextWriter> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var page = new StringWriter();
        write(page);
        File.WriteAllText(path, page.ToString(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
