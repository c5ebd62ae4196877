using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace LineSim.Scenarios;

/// <summary>
/// Checks that a file's bytes and a document's text are text System.Text.Json can read, before it parses them: valid
/// UTF-8, no byte order mark past the start, no unpaired UTF-16 surrogate (written as a character or as an escape
/// such as <c>"\ud800"</c>). Each problem is reported with its line and column, as malformed JSON is.
/// </summary>
internal static class JsonInput
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>Decodes a file's bytes as UTF-8, without a leading byte order mark; <see langword="null"/> with the problem when they are not UTF-8.</summary>
    public static string? Decode(byte[] bytes, out ScenarioError? error)
    {
        error = null;
        int start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        ReadOnlySpan<byte> text = bytes.AsSpan(start);
        char[] chars = new char[text.Length];
        OperationStatus status = Utf8.ToUtf16(text, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        int at = start + read;
        error = new ScenarioError(string.Empty, at < bytes.Length
            ? $"invalid UTF-8 at {Where(bytes, at)}: the byte 0x{bytes[at]:X2} does not begin or continue a character here; save the file as UTF-8"
            : $"invalid UTF-8 at {Where(bytes, at)}: the text ends inside a character; save the file as UTF-8");
        return null;
    }

    /// <summary>The problem with <paramref name="json"/> as text, or <see langword="null"/> when System.Text.Json can read it all.</summary>
    public static ScenarioError? Problem(string json)
    {
        for (int i = 0; i < json.Length; i++)
        {
            char c = json[i];
            if (c == ByteOrderMark && i > 0)
            {
                return new ScenarioError(string.Empty, $"a byte order mark (U+FEFF) at {Where(json, i)}: it may only open the text; remove it");
            }

            if (char.IsHighSurrogate(c) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return new ScenarioError(string.Empty, $"an unpaired UTF-16 surrogate (U+{(int)c:X4}) at {Where(json, i)}: not a character; remove it");
            }
        }

        return EscapeProblem(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>The first string or field name whose escapes give an unpaired surrogate (<c>"\ud800"</c>), which no string can hold.</summary>
    private static ScenarioError? EscapeProblem(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = ScenarioLoader.DocumentOptions.AllowTrailingCommas,
            CommentHandling = ScenarioLoader.DocumentOptions.CommentHandling,
            MaxDepth = ScenarioLoader.DocumentOptions.MaxDepth,
        });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    try
                    {
                        _ = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        return new ScenarioError(string.Empty, $"{(reader.TokenType == JsonTokenType.PropertyName ? "a field name" : "a string")} at {Where(utf8, (int)reader.TokenStartIndex)} holds an escape of an unpaired UTF-16 surrogate (\\uD800 to \\uDFFF without its pair), which is not a character; remove it");
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the parser reports it with its place.
        }

        return null;
    }

    /// <summary>"line L, column C" of byte <paramref name="index"/>, both from 1, the column in bytes as the parser counts it.</summary>
    private static string Where(byte[] utf8, int index)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index && i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return $"line {line}, column {index - lineStart + 1}";
    }

    private static string Where(string text, int index)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return $"line {line}, column {index - lineStart + 1}";
    }
}
