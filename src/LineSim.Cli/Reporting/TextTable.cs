namespace LineSim.Cli.Reporting;

/// <summary>A table of text, written with its columns aligned; numeric columns are right-aligned.</summary>
internal sealed class TextTable
{
    private const string Indent = "  ";
    private const string Gap = "  ";
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    public TextTable(string[] headers, bool[] rightAligned)
    {
        _headers = headers;
        _rightAligned = rightAligned;
    }

    public bool IsEmpty => _rows.Count == 0;

    public void Add(params string[] cells) => _rows.Add(cells);

    public void Write(TextWriter writer, bool header)
    {
        var widths = new int[_headers.Length];
        for (int c = 0; c < widths.Length; c++)
        {
            widths[c] = header ? _headers[c].Length : 0;
            foreach (string[] row in _rows)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        if (header)
        {
            WriteRow(writer, _headers, widths);
        }

        foreach (string[] row in _rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    private void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new System.Text.StringBuilder(Indent);
        for (int c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                line.Append(Gap);
            }

            bool last = c == cells.Length - 1;
            line.Append(_rightAligned[c] ? cells[c].PadLeft(widths[c]) : last ? cells[c] : cells[c].PadRight(widths[c]));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}
