using NodaTime;

namespace TechAssist.Exchange;

/// <summary>A date range in a list cell, ISO 8601 style: <c>2026-01-01/2026-06-30</c>, both days included.</summary>
internal static class AvailabilityCell
{
    internal static string Format(DateInterval range) => CsvText.Date(range.Start) + "/" + CsvText.Date(range.End);

    internal static bool TryParse(string text, out DateInterval range)
    {
        range = null!;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0
            || !CsvText.TryParseDate(text[..slash].Trim(), out var start)
            || !CsvText.TryParseDate(text[(slash + 1)..].Trim(), out var end)
            || end < start)
        {
            return false;
        }

        range = new DateInterval(start, end);
        return true;
    }

    internal static string Describe(string text) =>
        $"'{text}' is not a date range: expected first day/last day, such as 2026-01-01/2026-06-30, the last not before the first";
}
