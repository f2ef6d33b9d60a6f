using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using TechAssist.Serialization.Converters;

namespace TechAssist.States;

/// <summary>
/// Who can sign and be party to the Convention: a State, by its ISO code (<c>KEN</c>), or the European Union
/// (<c>EU</c>), a regional economic integration organization.
/// </summary>
/// <remarks><c>default(PartyId)</c> names no one (<see cref="IsValid"/> is false); validating boundaries reject it.</remarks>
[JsonConverter(typeof(PartyIdJsonConverter))]
public readonly record struct PartyId : IComparable<PartyId>
{
    private const string EuropeanUnionCode = "EU";

    private readonly string? _value;

    private PartyId(string value) => _value = value;

    /// <summary>The European Union (the European Community when it became a party).</summary>
    public static PartyId EuropeanUnion => new(EuropeanUnionCode);

    /// <summary>The code: a State's alpha-3 code or <c>EU</c>; the empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this value names a party (false only for <c>default</c>).</summary>
    public bool IsValid => _value is not null;

    /// <summary>Whether this is a State rather than the European Union.</summary>
    public bool IsState => _value is { Length: 3 };

    /// <summary>The State's code; throws for the European Union.</summary>
    /// <exception cref="InvalidOperationException">This is not a State.</exception>
    public CountryCode State => IsState ? CountryCode.Parse(Value) : throw new InvalidOperationException($"'{Value}' is not a State.");

    /// <summary>The party that is the State <paramref name="state"/>.</summary>
    public static PartyId ForState(CountryCode state)
    {
        if (!state.IsValid)
        {
            throw new ArgumentException("default(CountryCode) names no State.", nameof(state));
        }

        return new(state.Value);
    }

    /// <summary>The party that is the State <paramref name="state"/>.</summary>
    public static implicit operator PartyId(CountryCode state) => ForState(state);

    /// <summary>Parses a State's alpha-3 code or <c>EU</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is neither; the message names it.</exception>
    public static PartyId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var party)
            ? party
            : throw new FormatException($"'{text}' is not a party code: expected a State's ISO 3166-1 alpha-3 code (KEN) or EU for the European Union.");
    }

    /// <summary>Parses a State's alpha-3 code or <c>EU</c>; returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartyId party)
    {
        party = default;
        if (string.Equals(text, EuropeanUnionCode, StringComparison.OrdinalIgnoreCase))
        {
            party = EuropeanUnion;
            return true;
        }

        if (CountryCode.TryParse(text, out var state))
        {
            party = ForState(state);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public int CompareTo(PartyId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two party codes alphabetically.</summary>
    public static bool operator <(PartyId left, PartyId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two party codes alphabetically.</summary>
    public static bool operator >(PartyId left, PartyId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two party codes alphabetically.</summary>
    public static bool operator <=(PartyId left, PartyId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two party codes alphabetically.</summary>
    public static bool operator >=(PartyId left, PartyId right) => left.CompareTo(right) >= 0;

    /// <summary>The code, <c>KEN</c> or <c>EU</c>.</summary>
    public override string ToString() => Value;
}
