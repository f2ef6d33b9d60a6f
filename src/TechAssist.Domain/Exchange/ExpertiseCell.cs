using System.Globalization;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Experts;
using TechAssist.Supply;

namespace TechAssist.Exchange;

/// <summary>An expert's fields of expertise in one cell: <c>52(1) 53=12;AssetRecovery=8;IV=5</c>.</summary>
/// <remarks>Fields are separated by <c>;</c>; each is what it covers, then <c>=</c> and the years. What it covers is one
/// or more items separated by spaces: a provision (<c>52(1)(a)</c>, starts with a digit), a chapter in Roman numerals
/// (<c>IV</c>) or a thematic area by name (<c>AssetRecovery</c>).</remarks>
internal static class ExpertiseCell
{
    internal static string Format(EquatableArray<Expertise> fields) =>
        CsvText.JoinList(fields.Select(f => string.Join(' ', Items(f.Coverage)) + "=" + f.Years.ToString(CultureInfo.InvariantCulture)));

    internal static EquatableArray<Expertise> Read(CsvRow row, string column)
    {
        var fields = new List<Expertise>();
        foreach (var item in row.Items(column))
        {
            if (TryParse(item, out var field, out var problem))
            {
                fields.Add(field);
            }
            else
            {
                row.ItemProblem(column, item, problem);
            }
        }

        return fields.ToEquatableArray();
    }

    private static IEnumerable<string> Items(Coverage coverage) =>
        coverage.Provisions.Select(p => p.Code)
            .Concat(coverage.Chapters.Select(c => c.ToString()))
            .Concat(coverage.ThematicAreas.Select(a => a.ToString()));

    private static bool TryParse(string item, out Expertise field, out string problem)
    {
        field = null!;
        var equals = item.LastIndexOf('=');
        if (equals < 0 || !int.TryParse(item.AsSpan(equals + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years))
        {
            problem = $"'{item}' is not a field of expertise: expected what it covers, = and the years, such as 52(1) 53=12";
            return false;
        }

        var provisions = new List<ProvisionReference>();
        var chapters = new List<ChapterNumber>();
        var areas = new List<ThematicArea>();
        foreach (var token in item[..equals].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (char.IsAsciiDigit(token[0]))
            {
                if (!ProvisionReference.TryParse(token, out var provision))
                {
                    problem = CsvCells.DescribeProvision(token);
                    return false;
                }

                provisions.Add(provision);
            }
            else if (token.All(c => c is 'I' or 'V') && ChapterNumber.TryParse(token, out var chapter))
            {
                chapters.Add(chapter);
            }
            else if (CsvCells.TryParseEnum<ThematicArea>(token, out var area))
            {
                areas.Add(area);
            }
            else
            {
                problem = $"'{token}' is neither a provision (such as 52(1)), a chapter (I to VIII) nor a thematic area ({CsvText.OneOf(Enum.GetNames<ThematicArea>())})";
                return false;
            }
        }

        field = new Expertise
        {
            Coverage = new Coverage { Provisions = provisions.ToEquatableArray(), Chapters = chapters.ToEquatableArray(), ThematicAreas = areas.ToEquatableArray() },
            Years = years,
        };
        problem = string.Empty;
        return true;
    }
}
