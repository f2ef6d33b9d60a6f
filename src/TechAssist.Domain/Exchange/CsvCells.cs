using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Internal;
using TechAssist.Languages;
using TechAssist.States;

namespace TechAssist.Exchange;

/// <summary>Tries to read a value from a cell's text.</summary>
internal delegate bool CellParser<T>(string text, [MaybeNullWhen(false)] out T value);

/// <summary>Reads typed values from the cells of a row; each bad cell or list item adds one problem naming the value and what is valid.</summary>
internal static class CsvCells
{
    /// <summary>The value of a required cell, or null with a problem when it is empty or does not parse.</summary>
    internal static T? Required<T>(this CsvRow row, string column, CellParser<T> parse, Func<string, string> describe)
        where T : struct =>
        row.RequiredText(column) is { } text ? Parse(row, column, text, parse, describe) : null;

    /// <summary>The value of an optional cell, null when it is empty, or null with a problem when it does not parse.</summary>
    internal static T? Optional<T>(this CsvRow row, string column, CellParser<T> parse, Func<string, string> describe)
        where T : struct =>
        row.Text(column) is { } text ? Parse(row, column, text, parse, describe) : null;

    /// <summary>The items of a list cell that parse, in the order written; each other item adds a problem.</summary>
    internal static EquatableArray<T> List<T>(this CsvRow row, string column, CellParser<T> parse, Func<string, string> describe)
    {
        var values = new List<T>();
        foreach (var item in row.Items(column))
        {
            if (parse(item, out var value))
            {
                values.Add(value);
            }
            else
            {
                row.ItemProblem(column, item, describe(item));
            }
        }

        return values.ToEquatableArray();
    }

    /// <summary>An enum value by name, any case; <paramref name="expected"/> lists the names in the order the message gives them.</summary>
    internal static TEnum? EnumValue<TEnum>(this CsvRow row, string column, bool required, string what, params ReadOnlySpan<TEnum> expected)
        where TEnum : struct, Enum
    {
        var names = (expected.IsEmpty ? System.Enum.GetValues<TEnum>() : expected.ToArray()).Select(v => v.ToString()).ToArray();
        var text = required ? row.RequiredText(column) : row.Text(column);
        return text is null ? null : Parse<TEnum>(row, column, text, TryParseEnum, t => $"'{t}' is not {what}: expected {CsvText.OneOf(names)}");
    }

    internal static bool? YesNo(this CsvRow row, string column) =>
        row.Optional<bool>(column, TryParseYesNo, t => $"'{t}' is not yes or no");

    internal static int? Integer(this CsvRow row, string column) =>
        row.Optional<int>(column, (string t, out int v) => int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v), t => $"'{t}' is not a whole number");

    internal static LocalDate? Date(this CsvRow row, string column, bool required) => required
        ? row.Required<LocalDate>(column, CsvText.TryParseDate, DescribeDate)
        : row.Optional<LocalDate>(column, CsvText.TryParseDate, DescribeDate);

    internal static bool TryParseEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        // Names only: Enum.TryParse would also take "7" or "1,2".
        value = default;
        return text.All(char.IsAsciiLetterOrDigit) && char.IsAsciiLetter(text[0])
            && System.Enum.TryParse(text, ignoreCase: true, out value) && System.Enum.IsDefined(value);
    }

    internal static bool TryParseYesNo(string text, out bool value)
    {
        value = text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase);
        return value || text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool TryParseCountry(string text, out CountryCode code) => CountryCode.TryParse(text, out code);

    internal static bool TryParseLanguage(string text, out LanguageCode code) => LanguageCode.TryParse(text, out code);

    internal static bool TryParseProvision(string text, out ProvisionReference provision) => ProvisionReference.TryParse(text, out provision);

    internal static bool TryParseAssistanceType(string text, out AssistanceType type) => AssistanceTypeCatalogue.TryParse(text, out type);

    internal static bool TryParseChapter(string text, out ChapterNumber chapter) => ChapterNumber.TryParse(text, out chapter);

    internal static string DescribeId(string text) => $"'{text}' is not an id: {Identifier.Check(text)}";

    internal static string DescribeCountry(string text) => $"'{text}' is not a country code: expected three letters, such as KEN";

    internal static string DescribeLanguage(string text) => $"'{text}' is not a language code: expected two letters, such as en";

    internal static string DescribeDate(string text) => $"'{text}' is not a date: expected year-month-day, such as 2025-01-31";

    internal static string DescribeChapter(string text) => $"'{text}' is not a chapter: expected I to VIII";

    internal static string DescribeProvision(string text)
    {
        var error = ProvisionReference.TryParse(text, out _, out var why) ? "it is valid" : why;
        return $"'{text}' is not a provision: {error}; expected an article with optional paragraph, subparagraph and clause, such as 16(2) or 52(1)(a)";
    }

    internal static string DescribeAssistanceType(string text) =>
        $"'{text}' is not an assistance type: expected {CsvText.OneOf([.. AssistanceTypeCatalogue.All.Select(i => i.Code)])}";

    /// <summary>The code a list or cell writes for an assistance type: the checklist's (<c>LEGAL_ADVICE</c>).</summary>
    internal static string Code(AssistanceType type) => AssistanceTypeCatalogue.Get(type).Code;

    private static T? Parse<T>(CsvRow row, string column, string text, CellParser<T> parse, Func<string, string> describe)
        where T : struct
    {
        if (parse(text, out var value))
        {
            return value;
        }

        row.Problem(column, text, describe(text));
        return null;
    }
}
