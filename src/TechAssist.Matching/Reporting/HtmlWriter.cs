using System.Globalization;
using System.Net;

namespace TechAssist.Matching.Reporting;

/// <summary>
/// Writes XHTML-compatible HTML: every text and attribute value encoded, attributes quoted, void elements
/// self-closed, "\n" line ends whatever the platform, so the output is the same bytes everywhere.
/// </summary>
internal sealed class HtmlWriter(TextWriter writer)
{
    internal static string Encode(string text) => WebUtility.HtmlEncode(text);

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"1 need", "2 needs": a count with its noun, plural by adding "s".</summary>
    internal static string Count(int value, string noun) => Number(value) + " " + (value == 1 ? noun : noun + "s");

    internal static string Percent(int part, int whole) =>
        whole == 0 ? "0%" : Number((int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero)) + "%";

    /// <summary>Writes markup that is a constant of this assembly, never data.</summary>
    internal void Raw(string markup) => writer.Write(markup);

    internal void Line() => writer.Write('\n');

    internal void Text(string text) => writer.Write(Encode(text));

    internal void Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        writer.Write('<');
        writer.Write(tag);
        WriteAttributes(attributes);
        writer.Write('>');
    }

    internal void Close(string tag)
    {
        writer.Write("</");
        writer.Write(tag);
        writer.Write('>');
    }

    internal void Element(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Open(tag, attributes);
        Text(text);
        Close(tag);
    }

    internal void Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        writer.Write('<');
        writer.Write(tag);
        WriteAttributes(attributes);
        writer.Write(" />");
    }

    private void WriteAttributes(ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            writer.Write(' ');
            writer.Write(name);
            writer.Write("=\"");
            writer.Write(Encode(value));
            writer.Write('"');
        }
    }
}
