using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using TechAssist.Serialization.Converters;

namespace TechAssist.States;

/// <summary>An ISO 3166-1 alpha-3 country code, such as <c>KEN</c>: the identifier of a State.</summary>
/// <remarks>
/// <para>The code is checked for form (three letters A to Z, upper-cased on input), not for membership of a list:
/// <see cref="StateCatalogue"/> says whether it names one of the 195 States the library knows.</para>
/// <para><c>default(CountryCode)</c> is not a code (<see cref="IsValid"/> is false); validating boundaries reject it.</para>
/// </remarks>
[JsonConverter(typeof(CountryCodeJsonConverter))]
public readonly record struct CountryCode : IComparable<CountryCode>
{
    private readonly string? _value;

    private CountryCode(string value) => _value = value;

    /// <summary>The three upper-case letters, or the empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this value is a code (false only for <c>default</c>).</summary>
    public bool IsValid => _value is not null;

    /// <summary>Parses an alpha-3 code; lower case is accepted and upper-cased.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not three letters; the message names it.</exception>
    public static CountryCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not an ISO 3166-1 alpha-3 country code: expected three letters A to Z, such as KEN.");
    }

    /// <summary>Parses an alpha-3 code; returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CountryCode code)
    {
        code = default;
        if (text is not { Length: 3 } || !text.All(char.IsAsciiLetter))
        {
            return false;
        }

        code = new CountryCode(text.ToUpperInvariant());
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two codes alphabetically.</summary>
    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;

    /// <summary>The code, for example <c>KEN</c>.</summary>
    public override string ToString() => Value;
}
