namespace TechAssist.Supply;

/// <summary>An amount of money in a currency.</summary>
/// <remarks>Validation requires a positive amount and a valid currency; no conversion between currencies is made.</remarks>
public sealed record Budget
{
    /// <summary>The amount, in units of <see cref="Currency"/> (not cents).</summary>
    public required decimal Amount { get; init; }

    /// <summary>The currency.</summary>
    public required CurrencyCode Currency { get; init; }

    /// <summary>For example <c>2000000 EUR</c>.</summary>
    public override string ToString() => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Currency}";
}
