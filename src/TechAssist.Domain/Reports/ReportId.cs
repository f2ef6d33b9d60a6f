using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using TechAssist.Internal;
using TechAssist.Serialization.Converters;

namespace TechAssist.Reports;

/// <summary>The identifier of a self-assessment report, such as <c>KEN-2008</c>.</summary>
/// <remarks>
/// <para>Any text of 1 to 60 characters without white space: at most 60 so that the ids of the needs derived from the report (<c>{report id}/{provision}/{type}</c>) stay within the 100 characters of a <see cref="Needs.NeedId"/>. Compared ordinally (case matters).</para>
/// <para><c>default(ReportId)</c> is not an identifier (<see cref="IsValid"/> is false); validating boundaries reject it.</para>
/// </remarks>
[JsonConverter(typeof(ReportIdJsonConverter))]
public readonly record struct ReportId : IComparable<ReportId>
{
    /// <summary>The longest id: 60 characters.</summary>
    public const int MaxLength = 60;

    private readonly string? _value;

    private ReportId(string value) => _value = value;

    /// <summary>The identifier's text; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this value is an identifier (false only for <c>default</c>).</summary>
    public bool IsValid => _value is not null;

    /// <summary>Returns the identifier <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">The text is empty, too long or has white space; the message says which.</exception>
    public static ReportId From(string text) =>
        Check(text) is { } error ? throw new ArgumentException($"'{text}' is not a report id: {error}.", nameof(text)) : new(text);

    /// <summary>Returns whether <paramref name="text"/> is a valid identifier.</summary>
    public static bool TryFrom([NotNullWhen(true)] string? text, out ReportId id)
    {
        id = Check(text) is null ? new(text!) : default;
        return id.IsValid;
    }

    /// <inheritdoc />
    public int CompareTo(ReportId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator <(ReportId left, ReportId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator >(ReportId left, ReportId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator <=(ReportId left, ReportId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator >=(ReportId left, ReportId right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier's text.</summary>
    public override string ToString() => Value;

    /// <summary>Null when <paramref name="text"/> is a valid identifier, else what is wrong with it.</summary>
    internal static string? Check(string? text) => Identifier.Check(text) ?? (text!.Length > MaxLength ? $"a report id has at most {MaxLength} characters" : null);
}
