using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using TechAssist.Serialization.Converters;

namespace TechAssist.Supply;

/// <summary>An ISO 4217 currency code, such as <c>EUR</c> or <c>USD</c>, from the IATI Currency codelist.</summary>
/// <remarks>
/// <para>Only codes of the embedded IATI Currency codelist (IATI-Codelists-NonEmbedded, 176 codes, withdrawn ones
/// included because old data still uses them) are accepted; lower case is upper-cased.</para>
/// <para><c>default(CurrencyCode)</c> is not a code (<see cref="IsValid"/> is false); validating boundaries reject it.</para>
/// </remarks>
[JsonConverter(typeof(CurrencyCodeJsonConverter))]
public readonly record struct CurrencyCode : IComparable<CurrencyCode>
{
    private readonly string? _value;

    private CurrencyCode(string value) => _value = value;

    /// <summary>The three upper-case letters, or the empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this value is a code (false only for <c>default</c>).</summary>
    public bool IsValid => _value is not null;

    /// <summary>Parses a currency code of the IATI codelist.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a code of the list; the message names it.</exception>
    public static CurrencyCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not an ISO 4217 currency code of the IATI Currency codelist, such as EUR or USD.");
    }

    /// <summary>Parses a currency code of the IATI codelist; returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CurrencyCode code)
    {
        code = default;
        if (text is not { Length: 3 } || !text.All(char.IsAsciiLetter))
        {
            return false;
        }

        var upper = text.ToUpperInvariant();
        if (!Iati.IatiCodelists.Currencies.Contains(upper))
        {
            return false;
        }

        code = new CurrencyCode(upper);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(CurrencyCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator <(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator >(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator <=(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator >=(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) >= 0;

    /// <summary>The code, for example <c>EUR</c>.</summary>
    public override string ToString() => Value;
}
