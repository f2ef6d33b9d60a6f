using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Languages;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Properties;

/// <summary>Generators of the small values documents are made of, each valid on its own.</summary>
internal static class ValueGenerators
{
    /// <summary>1 January 2030: every generated date is before it, so validation by this clock accepts them.</summary>
    internal static readonly Instant Now = Instant.FromUtc(2030, 1, 1, 0, 0);

    // Pieces of text that stress JSON writing: quotes, escapes, markup, non-ASCII, a character outside the BMP.
    private static readonly string[] TextPieces = ["a", "Z", "0", " ", "-", "\"", "\\", "/", "<", "&", "'", "\t", "\n", "é", "€", "日本", "😀", "\u00a0"];

    private static readonly char[] IdCharacters = [.. "abcXYZ019-_./:()"];

    internal static Gen<CountryCode> StateCodes { get; } = Gen.Elements(StateCatalogue.All.Select(s => s.Code).ToArray());

    internal static Gen<LocalDate> Dates { get; } = Gen.Choose(0, 365 * 25).Select(days => new LocalDate(2003, 1, 1).PlusDays(days));

    internal static Gen<Instant> Instants { get; } =
        from seconds in Gen.Choose(0, int.MaxValue)
        from millis in Gen.Choose(0, 999)
        select Instant.FromUnixTimeSeconds(1_000_000_000L + (seconds / 2)).PlusTicks(millis * NodaConstants.TicksPerMillisecond);

    internal static Gen<ProvisionReference> Provisions { get; } =
        from article in Gen.Choose(1, 71)
        from depth in Gen.Choose(0, 3)
        from paragraph in Gen.Choose(1, 12)
        from letter in Gen.Choose(0, 25)
        from clause in Gen.Choose(1, 20)
        select ProvisionReference.From(article, depth >= 1 ? paragraph : null, depth >= 2 ? (char)('a' + letter) : null, depth >= 3 ? clause : null);

    internal static Gen<LanguageCode> LanguageCodes { get; } = Gen.Elements("en", "fr", "es", "ar", "ru", "zh", "pt", "sw").Select(LanguageCode.Parse);

    /// <summary>Free text that starts with a letter (so it is never blank) and holds awkward characters.</summary>
    internal static Gen<string> Text { get; } =
        from pieces in Gen.ListOf(Gen.Elements(TextPieces))
        select "T" + string.Concat(pieces.Take(12));

    /// <summary>An identifier: 1 to 12 characters without white space, distinct by its index prefix.</summary>
    internal static Gen<string> Id(int index) =>
        from length in Gen.Choose(0, 11)
        from characters in Gen.ArrayOf(Gen.Elements(IdCharacters), length)
        select $"{index}{new string(characters)}";

    /// <summary>Distinct identifiers, <paramref name="count"/> of them.</summary>
    internal static Gen<string[]> Ids(int count) => Gen.CollectToArray(Enumerable.Range(0, count).Select(Id));

    internal static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct => Gen.OneOf(Gen.Constant((T?)null), gen.Select(value => (T?)value));

    internal static Gen<T> OneOfEnum<T>()
        where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    /// <summary>Up to <paramref name="most"/> distinct items of <paramref name="all"/>, in a random order.</summary>
    internal static Gen<T[]> Distinct<T>(IEnumerable<T> all, int least, int most) =>
        from shuffled in Gen.Shuffle(all.ToArray())
        from count in Gen.Choose(least, Math.Min(most, shuffled.Length))
        select shuffled.Take(count).ToArray();

    internal static Gen<DateInterval> Periods { get; } =
        from start in Dates
        from days in Gen.Choose(0, 800)
        select new DateInterval(start, start.PlusDays(days));

    internal static Gen<SharingConsent> Consents { get; } = Gen.OneOf(
        Gen.Constant(SharingConsent.Confidential),
        Gen.Constant(SharingConsent.WithAllProviders),
        Gen.Constant(SharingConsent.Public),
        Distinct(["UNODC", "UNDP", "XM-DAC-7", "GB-GOV-1"], 1, 3).Select(ids => SharingConsent.WithProviders([.. ids.Select(ProviderId.From)])));
}
