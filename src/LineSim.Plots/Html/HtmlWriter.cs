using System.Net;

namespace LineSim.Plots.Html;

/// <summary>Writes HTML: text is always escaped, markup is written only through the methods that build it.</summary>
internal sealed class HtmlWriter
{
    private readonly TextWriter _writer;

    public HtmlWriter(TextWriter writer) => _writer = writer;

    /// <summary>Text, escaped.</summary>
    public void Text(string text) => _writer.Write(WebUtility.HtmlEncode(text));

    /// <summary>Markup built by this package (tags, inline SVG); never user text.</summary>
    public void Raw(string markup) => _writer.Write(markup);

    /// <summary>An element holding text only: <c>&lt;p class="note"&gt;text&lt;/p&gt;</c>.</summary>
    public void Element(string tag, string text, string? cssClass = null)
    {
        Open(tag, cssClass);
        Text(text);
        Close(tag);
    }

    public void Open(string tag, string? cssClass = null, string? id = null)
    {
        _writer.Write('<');
        _writer.Write(tag);
        if (id is not null)
        {
            _writer.Write($" id=\"{Attribute(id)}\"");
        }

        if (cssClass is not null)
        {
            _writer.Write($" class=\"{Attribute(cssClass)}\"");
        }

        _writer.Write('>');
    }

    public void Close(string tag) => _writer.Write($"</{tag}>\n");

    /// <summary>A table with a caption and a header row; columns marked numeric are right-aligned.</summary>
    public void Table(string caption, IReadOnlyList<string> headers, IReadOnlyList<bool> numeric, IEnumerable<IReadOnlyList<string>> rows)
    {
        Raw("<div class=\"table\"><table>\n");
        Element("caption", caption);
        Raw("<thead><tr>");
        for (int c = 0; c < headers.Count; c++)
        {
            Raw(numeric[c] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
            Text(headers[c]);
            Raw("</th>");
        }

        Raw("</tr></thead>\n<tbody>\n");
        foreach (IReadOnlyList<string> row in rows)
        {
            Raw("<tr>");
            for (int c = 0; c < row.Count; c++)
            {
                // The first column names the row.
                Raw(c == 0 ? "<th scope=\"row\">" : numeric[c] ? "<td class=\"num\">" : "<td>");
                Text(row[c]);
                Raw(c == 0 ? "</th>" : "</td>");
            }

            Raw("</tr>\n");
        }

        Raw("</tbody></table></div>\n");
    }

    /// <summary>One of a headline's figures, inside a <c>&lt;dl class="figures"&gt;</c>: its name, its value and a note on it.</summary>
    public void KeyFigure(string name, string value, string note)
    {
        Raw("<div>");
        Element("dt", name);
        Raw("<dd class=\"value\">");
        Text(value);
        Raw("</dd><dd>");
        Text(note);
        Raw("</dd></div>\n");
    }

    /// <summary>A note giving the command that reproduces the page's results.</summary>
    public void ReproduceWith(string command)
    {
        Raw("<p class=\"note\">Reproduce with <code>");
        Text(command);
        Raw("</code></p>\n");
    }

    /// <summary>A figure: the chart as inline SVG, described by its caption (its text alternative).</summary>
    public void Figure(Chart chart, string id) => Raw(InlineSvg.Figure(chart, id));

    public static string Attribute(string value) => WebUtility.HtmlEncode(value);
}
