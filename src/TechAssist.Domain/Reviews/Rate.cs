using System.Globalization;
using System.Text.Json.Serialization;

namespace TechAssist.Reviews;

/// <summary>An exact rate, <c>70/127</c>, with a rounded percentage for display.</summary>
/// <remarks>
/// Percentages round half away from zero (<see cref="MidpointRounding.AwayFromZero"/>), as people round by hand:
/// 1/8 is 13%, not 12%. A rate over nothing (<c>0/0</c>) has no percentage. <c>default(Rate)</c> is <c>0/0</c>.
/// </remarks>
public readonly record struct Rate
{
    [JsonConstructor]
    internal Rate(int numerator, int denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>How many: the States that reported, for instance.</summary>
    public int Numerator { get; }

    /// <summary>Out of how many: the States parties, for instance.</summary>
    public int Denominator { get; }

    /// <summary>The rate <paramref name="numerator"/> out of <paramref name="denominator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the numerator exceeds the denominator.</exception>
    public static Rate From(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numerator, denominator);
        return new(numerator, denominator);
    }

    /// <summary>The percentage with <paramref name="decimals"/> decimals (0 to 10), rounded half away from zero; null for <c>0/0</c>.</summary>
    public decimal? Percent(int decimals = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        return Denominator == 0 ? null : Math.Round(100m * Numerator / Denominator, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>The whole percentage, rounded half away from zero; null for <c>0/0</c>.</summary>
    public int? RoundedPercent => Percent(0) is { } percent ? (int)percent : null;

    /// <summary>For example <c>70/127 (55%)</c>, or <c>0/0</c>.</summary>
    public override string ToString()
    {
        var fraction = $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
        return RoundedPercent is { } percent ? $"{fraction} ({percent.ToString(CultureInfo.InvariantCulture)}%)" : fraction;
    }
}
